import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import type { ParticipantRole } from '../delegations/model.ts';
import { delegations, participants } from '../delegations/tables.ts';
import { editions } from '../summit/tables.ts';
import type {
  AvailabilityWindow,
  FollowUpKind,
  MeetingOutcome,
  MeetingState,
  NoticeKind,
  RequestSourceKind,
  RequestStatus,
  Side,
} from './model.ts';
import type { MeetingKind, Priority } from './scheduler/model.ts';

export const meetingSettings = pgTable(
  'meeting_settings',
  {
    editionId: text('edition_id')
      .primaryKey()
      .references(() => editions.id),
    slotMinutes: integer('slot_minutes').notNull(),
    breakMinutes: integer('break_minutes').notNull(),
    dayStartMinute: integer('day_start_minute').notNull(),
    dayEndMinute: integer('day_end_minute').notNull(),
    maxMeetingsPerDay: integer('max_meetings_per_day').notNull(),
    requestQuotaPerDay: integer('request_quota_per_day').notNull(),
    roleRequestQuotas: jsonb('role_request_quotas').$type<Partial<Record<ParticipantRole, number>>>().notNull(),
    travelMinutes: integer('travel_minutes').notNull(),
    protocolOrder: jsonb('protocol_order').$type<string[]>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('meeting_settings_slot_positive', sql`${table.slotMinutes} > 0`),
    check('meeting_settings_day_order', sql`${table.dayEndMinute} > ${table.dayStartMinute}`),
  ],
);

/** Bookable slots, generated from the edition's days and its settings. */
export const meetingSlots = pgTable(
  'meeting_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    day: date('day').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // Two instances generating an edition's slots at once make one set, not two.
    unique('meeting_slots_edition_start').on(table.editionId, table.startsAt),
    check('meeting_slots_time_order', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** G2G rooms and B2B tables: the programme's rooms hold sessions, these hold meetings. */
export const meetingRooms = pgTable(
  'meeting_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    kind: text('kind').$type<MeetingKind>().notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    capacity: integer('capacity').notNull(),
    place: text('place').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [
    index('meeting_rooms_edition_idx').on(table.editionId),
    check('meeting_rooms_capacity_positive', sql`${table.capacity} > 0`),
  ],
);

export const meetingInterpreters = pgTable(
  'meeting_interpreters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    name: text('name').notNull(),
    languagePairs: jsonb('language_pairs').$type<[Locale, Locale][]>().notNull(),
    availableDays: jsonb('available_days').$type<string[]>().notNull(),
  },
  (table) => [index('meeting_interpreters_edition_idx').on(table.editionId)],
);

export const meetingRequests = pgTable(
  'meeting_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    kind: text('kind').$type<MeetingKind>().notNull(),
    priority: text('priority').$type<Priority>().notNull(),
    topic: text('topic').notNull(),
    preferredDays: jsonb('preferred_days').$type<string[]>().notNull(),
    requesterDelegationId: uuid('requester_delegation_id').references(() => delegations.id),
    receiverDelegationId: uuid('receiver_delegation_id').references(() => delegations.id),
    requesterLanguages: jsonb('requester_languages').$type<Locale[]>().notNull(),
    receiverLanguages: jsonb('receiver_languages').$type<Locale[]>().notNull(),
    // The two sides, whichever asked: `g2g:<delegation>:<delegation>` or `b2b:<people>|<people>`, sorted.
    partyKey: text('party_key').notNull(),
    sourceKind: text('source_kind').$type<RequestSourceKind>(),
    sourceId: text('source_id'),
    status: text('status').$type<RequestStatus>().notNull(),
    awaiting: text('awaiting').$type<Side>(),
    reason: text('reason'),
    counterDays: jsonb('counter_days').$type<string[]>(),
    counterTopic: text('counter_topic'),
    createdBy: requiredReference(uuid('created_by'), () => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    // Requests the seed invents to show the scheduler at work: badged demo wherever they appear.
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [
    // One open request per pair of sides: two people sending the same one at once cannot both succeed.
    uniqueIndex('meeting_requests_one_open')
      .on(table.editionId, table.partyKey)
      .where(sql`${table.status} in ('sent', 'countered', 'accepted')`),
    index('meeting_requests_edition_idx').on(table.editionId, table.status),
  ],
);

/**
 * When a person can meet during the edition, in the edition's time zone. No row means every meeting
 * hour of every day; a row lists the only windows (a late arrival, an early departure, a free afternoon).
 */
export const meetingAvailability = pgTable(
  'meeting_availability',
  {
    editionId: requiredReference(text('edition_id'), () => editions.id),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    windows: jsonb('windows').$type<AvailabilityWindow[]>().notNull(),
    updatedBy: requiredReference(uuid('updated_by'), () => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.participantId] })],
);

export const meetingRequestPeople = pgTable(
  'meeting_request_people',
  {
    requestId: requiredReference(uuid('request_id'), () => meetingRequests.id, { onDelete: 'cascade' }),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    side: text('side').$type<Side>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.participantId] }),
    index('meeting_request_people_participant_idx').on(table.participantId),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    requestId: requiredReference(uuid('request_id'), () => meetingRequests.id),
    slotId: requiredReference(uuid('slot_id'), () => meetingSlots.id),
    roomId: requiredReference(uuid('room_id'), () => meetingRooms.id),
    interpreterId: uuid('interpreter_id').references(() => meetingInterpreters.id),
    locked: boolean('locked').notNull().default(false),
    state: text('state').$type<MeetingState>().notNull(),
    outcome: text('outcome').$type<MeetingOutcome>(),
    outcomeNotes: text('outcome_notes'),
    followUp: text('follow_up').$type<FollowUpKind>(),
    outcomeRecordedBy: uuid('outcome_recorded_by').references(() => users.id),
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('meetings_one_per_request').on(table.requestId),
    index('meetings_edition_idx').on(table.editionId, table.state),
  ],
);

/*
 * The bookings: one row per person, room and interpreter in each slot a meeting takes. Their primary
 * keys are what keeps two app instances from putting one person, room or interpreter in two meetings
 * at once: the second insert waits for the first transaction and then fails.
 */
export const meetingPersonBookings = pgTable(
  'meeting_person_bookings',
  {
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    slotId: requiredReference(uuid('slot_id'), () => meetingSlots.id),
    meetingId: requiredReference(uuid('meeting_id'), () => meetings.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.participantId, table.slotId] }),
    index('meeting_person_bookings_meeting_idx').on(table.meetingId),
  ],
);

export const meetingRoomBookings = pgTable(
  'meeting_room_bookings',
  {
    roomId: requiredReference(uuid('room_id'), () => meetingRooms.id),
    slotId: requiredReference(uuid('slot_id'), () => meetingSlots.id),
    meetingId: requiredReference(uuid('meeting_id'), () => meetings.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.roomId, table.slotId] }),
    index('meeting_room_bookings_meeting_idx').on(table.meetingId),
  ],
);

export const meetingInterpreterBookings = pgTable(
  'meeting_interpreter_bookings',
  {
    interpreterId: requiredReference(uuid('interpreter_id'), () => meetingInterpreters.id),
    slotId: requiredReference(uuid('slot_id'), () => meetingSlots.id),
    meetingId: requiredReference(uuid('meeting_id'), () => meetings.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.interpreterId, table.slotId] }),
    index('meeting_interpreter_bookings_meeting_idx').on(table.meetingId),
  ],
);

export const meetingNotices = pgTable(
  'meeting_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    // A cancelled meeting is deleted; its notice stays and points at the request.
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    requestId: requiredReference(uuid('request_id'), () => meetingRequests.id),
    kind: text('kind').$type<NoticeKind>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('meeting_notices_participant_idx').on(table.editionId, table.participantId)],
);
