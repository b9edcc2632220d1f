import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import { users } from '../accounts/tables.ts';
import { participants } from '../delegations/tables.ts';
import { programmeSessions } from '../programme/tables.ts';
import { editions } from '../summit/tables.ts';

/**
 * Keys that sign badge tokens. Kept in the database so that every app instance signs and
 * verifies with the same key; a token names its key, so keys can be rotated.
 */
export const badgeSigningKeys = pgTable('badge_signing_keys', {
  id: integer('id').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const badges = pgTable(
  'badges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokedReason: text('revoked_reason'),
  },
  (table) => [
    uniqueIndex('badges_one_live_per_participant').on(table.participantId).where(sql`${table.revokedAt} is null`),
  ],
);

/** A scan at the door of the venue (no session) or of one session; a second scan is not counted twice. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    badgeId: requiredReference(uuid('badge_id'), () => badges.id),
    participantId: requiredReference(uuid('participant_id'), () => participants.id),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    sessionId: uuid('session_id').references(() => programmeSessions.id),
    // The calendar day in the edition's time zone.
    day: date('day').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull(),
    checkedInBy: uuid('checked_in_by').references(() => users.id),
  },
  (table) => [
    index('check_ins_edition_day_idx').on(table.editionId, table.day),
    uniqueIndex('check_ins_venue_once_per_day')
      .on(table.participantId, table.day)
      .where(sql`${table.sessionId} is null`),
    uniqueIndex('check_ins_session_once')
      .on(table.participantId, table.sessionId)
      .where(sql`${table.sessionId} is not null`),
  ],
);
