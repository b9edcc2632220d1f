import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { participants } from '../delegations/tables.ts';
import { editions, panels } from '../summit/tables.ts';
import type { InterpretationBooth, RoomEquipment, SessionKind, SessionPersonRole } from './model.ts';

export const rooms = pgTable(
  'rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    capacity: integer('capacity').notNull(),
    equipment: jsonb('equipment').$type<RoomEquipment[]>().notNull(),
    interpretationBooths: jsonb('interpretation_booths').$type<InterpretationBooth[]>().notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    // Invented content that shows how the platform works; badged as demo and removable by the secretariat.
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [
    index('rooms_edition_idx').on(table.editionId),
    check('rooms_capacity_positive', sql`${table.capacity} > 0`),
  ],
);

/**
 * A slot of the programme. Room and people conflicts are checked by the service under a
 * per-edition advisory lock: PGlite has no btree_gist, so no exclusion constraint is possible.
 */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    kind: text('kind').$type<SessionKind>().notNull(),
    panelId: text('panel_id').references(() => panels.id),
    roomId: uuid('room_id').references(() => rooms.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    abstract: jsonb('abstract').$type<LocalizedText>().notNull(),
    languagesSpoken: jsonb('languages_spoken').$type<Locale[]>().notNull(),
    languagesInterpreted: jsonb('languages_interpreted').$type<Locale[]>().notNull(),
    // Seats that can be reserved; null means the room's capacity.
    capacity: integer('capacity'),
    // Invented content that shows how the platform works; badged as demo and removable by the secretariat.
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('programme_sessions_edition_idx').on(table.editionId, table.startsAt),
    check('programme_sessions_time_order', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** Moderators and speakers: who must be in the room while the session runs. */
export const sessionPeople = pgTable(
  'session_people',
  {
    sessionId: requiredReference(uuid('session_id'), () => programmeSessions.id, { onDelete: 'cascade' }),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    role: text('role').$type<SessionPersonRole>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.participantId] }),
    index('session_people_participant_idx').on(table.participantId),
  ],
);

/** Reserved seats; the session's capacity bounds their number. */
export const sessionSeats = pgTable(
  'session_seats',
  {
    sessionId: requiredReference(uuid('session_id'), () => programmeSessions.id, { onDelete: 'cascade' }),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    reservedAt: timestamp('reserved_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.participantId] }),
    index('session_seats_participant_idx').on(table.participantId),
  ],
);
