import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import { provinces } from '../provinces/tables.ts';
import { editions } from '../summit/tables.ts';
import type { ParticipantRole, ParticipantStatus, RoleLimits } from './model.ts';

/** One per province and edition: the governor's party. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    provinceId: requiredReference(text('province_id'), () => provinces.id),
    // Most people the delegation may bring, in total and per role.
    memberLimit: integer('member_limit').notNull(),
    roleLimits: jsonb('role_limits').$type<RoleLimits>().notNull(),
  },
  (table) => [uniqueIndex('delegations_edition_province_key').on(table.editionId, table.provinceId)],
);

/** Everyone who takes part in an edition: delegation members, speakers, press, exhibitors, buyers, guests. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: requiredReference(text('edition_id'), () => editions.id),
    delegationId: uuid('delegation_id').references(() => delegations.id),
    role: text('role').$type<ParticipantRole>().notNull(),
    // The name as its owner writes it, in its own script, and in Latin letters for badges and lists.
    nameNative: text('name_native').notNull(),
    nameLatin: text('name_latin').notNull(),
    nameLanguage: text('name_language').$type<Locale>().notNull(),
    position: text('position'),
    organisation: text('organisation'),
    countryCode: text('country_code').notNull(),
    provinceId: text('province_id').references(() => provinces.id),
    email: text('email'),
    phone: text('phone'),
    languages: jsonb('languages').$type<Locale[]>().notNull(),
    status: text('status').$type<ParticipantStatus>().notNull(),
    decisionReason: text('decision_reason'),
    userId: uuid('user_id').references(() => users.id),
    registeredBy: uuid('registered_by').references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    // Invented content that shows how the platform works; badged as demo and removable by the secretariat.
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [
    index('participants_edition_idx').on(table.editionId, table.status),
    index('participants_delegation_idx').on(table.delegationId),
    // One live registration per e-mail and edition; a rejected one may register again.
    uniqueIndex('participants_edition_email_key')
      .on(table.editionId, sql`lower(${table.email})`)
      .where(sql`${table.email} is not null and ${table.status} in ('pending', 'approved')`),
    // A delegation has one head holding a place at a time; public registrations wait without one.
    uniqueIndex('participants_delegation_head_key')
      .on(table.delegationId)
      .where(
        sql`${table.role} = 'head' and (${table.status} = 'approved' or (${table.status} = 'pending' and ${table.registeredBy} is not null))`,
      ),
  ],
);

/**
 * Passport data for a visa invitation letter. Only the secretariat reads it; it is deleted on
 * the participant's request or once the edition is over.
 */
export const visaLetterRequests = pgTable('visa_letter_requests', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  fullNameInPassport: text('full_name_in_passport').notNull(),
  passportNumber: text('passport_number').notNull(),
  nationality: text('nationality').notNull(),
  dateOfBirth: date('date_of_birth').notNull(),
  passportExpiresOn: date('passport_expires_on').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
});
