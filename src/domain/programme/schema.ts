import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import { ROOM_EQUIPMENT, SESSION_KINDS, SESSION_PERSON_ROLES } from './model.ts';

// PostgreSQL's timestamps and the summit's centuries: nothing before 1900 or after 2999 is meant.
const Instant = z.iso
  .datetime({ offset: true })
  .refine((value) => value >= '1900' && value < '3000', { params: { code: 'date_out_of_range' } });
const ShortText = z.partialRecord(LocaleSchema, z.string().trim().max(300));
const LongText = z.partialRecord(LocaleSchema, z.string().trim().max(5000));
const hasSomeText = (text: Record<string, string | undefined>) =>
  Object.values(text).some((value) => value && value.length > 0);
const ParticipantIds = z.array(z.uuid()).max(30);
const Languages = z.array(LocaleSchema).max(6);
const Seats = z.number().int().min(1).max(100_000);
const PanelId = z.string().min(1).max(200);

export const EditionIdParam = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();
export const RoomIdParam = z.object({ id: z.uuid().describe('Room id') }).strict();
export const SessionIdParam = z.object({ id: z.uuid().describe('Session id') }).strict();
export const SeatParam = z
  .object({ id: z.uuid().describe('Session id'), participantId: z.uuid().describe('Participant whose seat is freed') })
  .strict();

const Booth = z
  .object({
    from: LocaleSchema.describe('Language interpreted from'),
    to: LocaleSchema.describe('Language interpreted into'),
  })
  .strict()
  .refine((booth) => booth.from !== booth.to, { params: { code: 'same_language' }, path: ['to'] })
  .describe('One interpretation booth');

const RoomFields = {
  name: ShortText.refine(hasSomeText, { params: { code: 'label_required' } }).describe(
    'Room name per language; at least one',
  ),
  capacity: Seats.describe('Seats in the room'),
  equipment: z
    .array(z.enum(ROOM_EQUIPMENT))
    .max(ROOM_EQUIPMENT.length)
    .default([])
    .describe('What the room is equipped with'),
  interpretationBooths: z.array(Booth).max(30).default([]).describe('Interpretation booths, one per direction'),
  sortOrder: z.number().int().min(0).max(10_000).default(0).describe('Position in lists; lower first'),
};

export const CreateRoomRequest = z.object(RoomFields).strict().describe('A new room of the edition');

export const ChangeRoomRequest = z
  .object({
    name: RoomFields.name.optional(),
    capacity: RoomFields.capacity.optional(),
    equipment: z
      .array(z.enum(ROOM_EQUIPMENT))
      .max(ROOM_EQUIPMENT.length)
      .optional()
      .describe('What the room is equipped with'),
    interpretationBooths: z.array(Booth).max(30).optional().describe('Interpretation booths, one per direction'),
    sortOrder: z.number().int().min(0).max(10_000).optional().describe('Position in lists; lower first'),
  })
  .strict()
  .describe('Changes to a room; omitted fields stay as they are');

export const RoomView = z
  .object({
    id: z.uuid().describe('Room id'),
    editionId: z.string().describe('Edition the room belongs to'),
    name: LocalizedTextSchema,
    capacity: z.number().int().describe('Seats in the room'),
    equipment: z.array(z.enum(ROOM_EQUIPMENT)).describe('What the room is equipped with'),
    interpretationBooths: z
      .array(z.object({ from: LocaleSchema, to: LocaleSchema }))
      .describe('Interpretation booths, one per direction'),
    sortOrder: z.number().int().describe('Position in lists'),
    isDemo: z.boolean().describe('Invented to show how the platform works'),
  })
  .describe('A room of the venue');

const SessionFields = {
  kind: z.enum(SESSION_KINDS).describe('What sort of slot this is'),
  panelId: PanelId.nullable().default(null).describe("The edition's panel this session holds, if any"),
  roomId: z.uuid().nullable().default(null).describe('Room; none for breaks and visits outside the venue'),
  startsAt: Instant.describe('Start (ISO 8601 with offset); the UI converts from the edition time zone'),
  endsAt: Instant.describe('End (ISO 8601 with offset), after the start'),
  title: ShortText.refine(hasSomeText, { params: { code: 'label_required' } }).describe(
    'Title per language; at least one',
  ),
  abstract: LongText.default({}).describe('Abstract per language'),
  languagesSpoken: Languages.default([]).describe('Languages spoken on the floor'),
  languagesInterpreted: Languages.default([]).describe('Languages offered through interpretation'),
  capacity: Seats.nullable().default(null).describe("Seats that can be reserved; null for the room's capacity"),
  moderatorIds: ParticipantIds.default([]).describe('Participants who moderate'),
  speakerIds: ParticipantIds.default([]).describe('Participants who speak'),
};

const endsAfterStart = (session: { startsAt?: string; endsAt?: string }) =>
  !session.startsAt || !session.endsAt || new Date(session.endsAt) > new Date(session.startsAt);

export const CreateSessionRequest = z
  .object(SessionFields)
  .strict()
  .refine(endsAfterStart, { params: { code: 'ends_before_start' }, path: ['endsAt'] })
  .describe('A new session of the programme');

export const ChangeSessionRequest = z
  .object({
    kind: SessionFields.kind.optional(),
    panelId: PanelId.nullable().optional().describe("The edition's panel this session holds, if any"),
    roomId: z.uuid().nullable().optional().describe('Room; null for none'),
    startsAt: Instant.optional().describe('Start (ISO 8601 with offset)'),
    endsAt: Instant.optional().describe('End (ISO 8601 with offset)'),
    title: SessionFields.title.optional(),
    abstract: LongText.optional().describe('Abstract per language'),
    languagesSpoken: Languages.optional().describe('Languages spoken on the floor'),
    languagesInterpreted: Languages.optional().describe('Languages offered through interpretation'),
    capacity: Seats.nullable().optional().describe("Seats; null for the room's capacity"),
    moderatorIds: ParticipantIds.optional().describe('Participants who moderate; replaces the list'),
    speakerIds: ParticipantIds.optional().describe('Participants who speak; replaces the list'),
  })
  .strict()
  .refine(endsAfterStart, { params: { code: 'ends_before_start' }, path: ['endsAt'] })
  .describe('Changes to a session; omitted fields stay as they are');

export const ReserveSeatRequest = z
  .object({ participantId: z.uuid().describe('Participant who takes the seat') })
  .strict();

const PersonView = z.object({
  participantId: z.uuid().describe('Participant id'),
  role: z.enum(SESSION_PERSON_ROLES).describe('moderator or speaker'),
  nameNative: z.string().describe('Name in its own script'),
  nameLatin: z.string().describe('Name in Latin letters'),
  position: z.string().nullable().describe('Position, as its owner writes it'),
});

export const SessionView = z
  .object({
    id: z.uuid().describe('Session id'),
    editionId: z.string().describe('Edition'),
    kind: z.enum(SESSION_KINDS),
    panelId: z.string().nullable().describe('Panel held in this session'),
    roomId: z.uuid().nullable().describe('Room'),
    roomName: LocalizedTextSchema.nullable().describe('Name of the room'),
    startsAt: z.string().describe('Start (ISO 8601, UTC)'),
    endsAt: z.string().describe('End (ISO 8601, UTC)'),
    title: LocalizedTextSchema,
    abstract: LocalizedTextSchema,
    languagesSpoken: z.array(LocaleSchema).describe('Languages spoken on the floor'),
    languagesInterpreted: z.array(LocaleSchema).describe('Languages offered through interpretation'),
    capacity: z.number().int().nullable().describe('Own seat limit, if any'),
    seatCapacity: z
      .number()
      .int()
      .nullable()
      .describe('Seats that can be reserved (own limit or room capacity); null for unbounded'),
    seatsTaken: z.number().int().describe('Seats reserved'),
    people: z.array(PersonView).describe('Moderators and speakers'),
    isDemo: z.boolean().describe('Invented to show how the platform works; real times are not known'),
  })
  .describe('A session of the programme');

export const ProgrammeView = z
  .object({
    editionId: z.string().describe('Edition'),
    timeZone: z.string().describe('IANA time zone in which the programme is shown'),
    startsOn: z.string().describe('First day (YYYY-MM-DD)'),
    endsOn: z.string().describe('Last day (YYYY-MM-DD)'),
    rooms: z.array(RoomView),
    sessions: z.array(SessionView).describe('In time order'),
  })
  .describe("An edition's timetable");

export const SeatView = z.object({
  sessionId: z.uuid(),
  participantId: z.uuid(),
  seatsTaken: z.number().int(),
  seatCapacity: z.number().int().nullable(),
});

export const CalendarQuery = z
  .object({ lang: LocaleSchema.optional().describe('Language of titles; defaults to the request language') })
  .strict();

/**
 * The session a timetable conflict is about (room_double_booked, person_double_booked), sent as
 * the `conflict` member of the problem so the editor can point at it. routes.ts documents the
 * problem that carries it.
 */
export const SessionConflict = z
  .object({
    sessionId: z.uuid().describe('The session already there'),
    title: LocalizedTextSchema,
    startsAt: z.string().describe('Its start (ISO 8601)'),
    endsAt: z.string().describe('Its end (ISO 8601)'),
    participantId: z.uuid().optional().describe('The person booked twice'),
  })
  .describe('The session the request collides with');
export type SessionConflictView = z.infer<typeof SessionConflict>;
