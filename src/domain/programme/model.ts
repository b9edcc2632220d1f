import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export const SESSION_KINDS = [
  'opening',
  'general_panel',
  'specialist_panel',
  'side_event',
  'bilateral_block',
  'expo_visit',
  'break',
  'closing',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const ROOM_EQUIPMENT = ['projector', 'microphones', 'video_link', 'recording', 'live_stream', 'stage'] as const;
export type RoomEquipment = (typeof ROOM_EQUIPMENT)[number];

/** A booth interprets from one language into another; a pair of booths makes it both ways. */
export type InterpretationBooth = { from: Locale; to: Locale };

export const SESSION_PERSON_ROLES = ['moderator', 'speaker'] as const;
export type SessionPersonRole = (typeof SESSION_PERSON_ROLES)[number];

export type Room = {
  id: string;
  editionId: string;
  name: LocalizedText;
  capacity: number;
  equipment: RoomEquipment[];
  interpretationBooths: InterpretationBooth[];
  sortOrder: number;
  isDemo: boolean;
};

/** Half-open: a session ending at 10:00 and one starting at 10:00 do not overlap. */
export type TimeRange = { startsAt: Date; endsAt: Date };

export type SessionPerson = { participantId: string; role: SessionPersonRole };

export type ProgrammeSession = TimeRange & {
  id: string;
  editionId: string;
  kind: SessionKind;
  panelId: string | null;
  roomId: string | null;
  title: LocalizedText;
  abstract: LocalizedText;
  languagesSpoken: Locale[];
  languagesInterpreted: Locale[];
  capacity: number | null;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** A session with who must be in it and how many seats are reserved. */
export type SessionWithPeople = ProgrammeSession & { people: SessionPerson[]; seatsTaken: number };

export type NewRoom = Omit<Room, 'id'>;
export type RoomChanges = Partial<
  Pick<Room, 'name' | 'capacity' | 'equipment' | 'interpretationBooths' | 'sortOrder' | 'isDemo'>
>;

export type SessionFields = Pick<
  ProgrammeSession,
  | 'kind'
  | 'panelId'
  | 'roomId'
  | 'startsAt'
  | 'endsAt'
  | 'title'
  | 'abstract'
  | 'languagesSpoken'
  | 'languagesInterpreted'
  | 'capacity'
> & { moderatorIds: string[]; speakerIds: string[] };
export type SessionChanges = Partial<SessionFields>;

/** What the edition is, as far as the timetable cares: its days in its own time zone. */
export type EditionDays = { startsOn: string; endsOn: string; timeZone: string };

/** A moderator or speaker as the programme shows them. */
export type SessionPersonDetail = SessionPerson & { nameNative: string; nameLatin: string; position: string | null };

export type SessionDetail = Omit<SessionWithPeople, 'people'> & {
  roomName: LocalizedText | null;
  seatCapacity: number | null;
  people: SessionPersonDetail[];
};

/** A person in a session: as its moderator or speaker, or in a reserved seat. */
export type SessionAttendee = { sessionId: string; participantId: string; role: SessionPersonRole | 'seat' };

export type Programme = EditionDays & { editionId: string; rooms: Room[]; sessions: SessionDetail[] };
