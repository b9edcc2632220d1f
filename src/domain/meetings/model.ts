import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { ParticipantRole } from '../delegations/model.ts';
import type { MeetingKind, Priority } from './scheduler/model.ts';

export const MEETING_KINDS = ['g2g', 'b2b'] as const satisfies readonly MeetingKind[];
export const PRIORITIES = ['must', 'want', 'could'] as const satisfies readonly Priority[];
export const REQUEST_STATUSES = ['sent', 'accepted', 'declined', 'countered', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** A request in one of these is alive: at most one per pair of sides at a time. */
export const OPEN_REQUEST_STATUSES = ['sent', 'countered', 'accepted'] as const satisfies readonly RequestStatus[];
export const SIDES = ['requester', 'receiver'] as const;
export type Side = (typeof SIDES)[number];
export const REQUEST_SOURCE_KINDS = ['match', 'interest'] as const;
export type RequestSourceKind = (typeof REQUEST_SOURCE_KINDS)[number];
export const MEETING_STATES = ['provisional', 'published'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
export const MEETING_OUTCOMES = ['held', 'not_held'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];
export const FOLLOW_UP_KINDS = ['contact', 'letter_of_intent', 'mou_draft'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const NOTICE_KINDS = ['published', 'moved', 'cancelled'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const TOPIC_MAX_LENGTH = 300;
export const REASON_MAX_LENGTH = 1000;
export const NOTES_MAX_LENGTH = 5000;
/** People one side may bring; it also keeps a request's party key short enough for its index. */
export const SIDE_MAX_PEOPLE = 10;

/** One side of a request: a delegation (G2G) or nobody's (B2B), the people who attend, the languages they speak. */
export type RequestSide = { delegationId: string | null; participantIds: string[]; languages: Locale[] };

export type MeetingRequest = {
  id: string;
  editionId: string;
  kind: MeetingKind;
  priority: Priority;
  topic: string;
  /** Edition days (YYYY-MM-DD) the meeting may take place on; empty means any day. */
  preferredDays: string[];
  requester: RequestSide;
  receiver: RequestSide;
  source: { kind: RequestSourceKind; id: string } | null;
  status: RequestStatus;
  /** Whose answer the request waits for: the receiver after sending, the other side after a counter-proposal. */
  awaiting: Side | null;
  /** Why it was declined or cancelled. */
  reason: string | null;
  counterDays: string[] | null;
  counterTopic: string | null;
  createdBy: string;
  createdAt: Date;
  answeredBy: string | null;
  answeredAt: Date | null;
  updatedAt: Date;
  isDemo: boolean;
};

export type NewMeetingRequest = Omit<MeetingRequest, 'id'> & { partyKey: string };

/** How an edition's meetings are laid out; an edition without its own settings uses the defaults. */
export type MeetingSettings = {
  editionId: string;
  slotMinutes: number;
  /** Minutes between two slots, for changing rooms and letting the next side in. */
  breakMinutes: number;
  /** First slot's start and the latest end, in minutes from midnight in the edition's time zone. */
  dayStartMinute: number;
  dayEndMinute: number;
  maxMeetingsPerDay: number;
  /** Open requests a person may be named in per day, unless their role has its own figure. */
  requestQuotaPerDay: number;
  roleRequestQuotas: Partial<Record<ParticipantRole, number>>;
  /** Minutes to get from one meeting place (a hall, the expo) to another. */
  travelMinutes: number;
  /** Provinces in protocol order after the host, whose governor always comes first. */
  protocolOrder: string[];
};

export const DEFAULT_MEETING_SETTINGS: Omit<MeetingSettings, 'editionId'> = {
  slotMinutes: 30,
  breakMinutes: 10,
  dayStartMinute: 9 * 60,
  dayEndMinute: 18 * 60,
  maxMeetingsPerDay: 6,
  requestQuotaPerDay: 8,
  roleRequestQuotas: {},
  travelMinutes: 15,
  protocolOrder: [],
};

/** A stretch of an edition day when a person can meet: minutes from midnight in the edition's zone, [start, end). */
export type AvailabilityWindow = { day: string; startMinute: number; endMinute: number };
export const AVAILABILITY_MAX_WINDOWS = 40;

export type MeetingSlot = { id: string; editionId: string; day: string; startsAt: Date; endsAt: Date };
export type NewMeetingSlot = Omit<MeetingSlot, 'id'>;

/** A G2G room (flags, protocol set-up) or a B2B table; `place` is where it stands (a hall, the expo). */
export type MeetingRoom = {
  id: string;
  editionId: string;
  kind: MeetingKind;
  name: LocalizedText;
  capacity: number;
  place: string;
  sortOrder: number;
};

export type MeetingInterpreter = {
  id: string;
  editionId: string;
  name: string;
  /** Pairs interpreted both ways. */
  languagePairs: [Locale, Locale][];
  /** Edition days they work; empty means every day. */
  availableDays: string[];
};

/** Where and when a meeting is held. */
export type Placement = { slotId: string; roomId: string; interpreterId: string | null };

export type ScheduledMeeting = Placement & {
  id: string;
  editionId: string;
  requestId: string;
  locked: boolean;
  state: MeetingState;
  outcome: MeetingOutcome | null;
  outcomeNotes: string | null;
  followUp: FollowUpKind | null;
  outcomeRecordedBy: string | null;
  outcomeRecordedAt: Date | null;
  scheduledAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type NewScheduledMeeting = Omit<ScheduledMeeting, 'id'>;

/** A change to one person's meetings, shown on their dashboard until they read it. */
export type MeetingNotice = {
  id: string;
  editionId: string;
  participantId: string;
  meetingId: string | null;
  requestId: string;
  kind: NoticeKind;
  createdAt: Date;
  readAt: Date | null;
};
