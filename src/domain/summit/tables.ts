import { date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { provinces } from '../provinces/tables.ts';

export const editions = pgTable('editions', {
  id: text('id').primaryKey(),
  ordinal: integer('ordinal').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  slogan: jsonb('slogan').$type<LocalizedText>().notNull(),
  hostProvinceId: requiredReference(text('host_province_id'), () => provinces.id),
  city: jsonb('city').$type<LocalizedText>().notNull(),
  venue: jsonb('venue').$type<LocalizedText>().notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  timeZone: text('time_zone').notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
  // Public registration closes at this instant; null keeps it open until the edition ends.
  registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
  // The edition whose structure (panels, rooms, sessions, delegations) this one was copied from.
  copiedFromEditionId: text('copied_from_edition_id'),
  // A draft is seen by the secretariat only; the public site shows the latest published edition.
  status: text('status', { enum: ['draft', 'published'] })
    .notNull()
    .default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

export const editionProvinces = pgTable(
  'edition_provinces',
  {
    editionId: requiredReference(text('edition_id'), () => editions.id),
    provinceId: requiredReference(text('province_id'), () => provinces.id),
    role: text('role', { enum: ['host', 'participant'] }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.provinceId] })],
);

export const panels = pgTable('panels', {
  id: text('id').primaryKey(),
  editionId: requiredReference(text('edition_id'), () => editions.id),
  kind: text('kind', { enum: ['general', 'specialist'] }).notNull(),
  number: integer('number'),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  moderatorName: jsonb('moderator_name').$type<LocalizedText>().notNull(),
  moderatorRole: jsonb('moderator_role').$type<LocalizedText>().notNull(),
  sectorIds: jsonb('sector_ids').$type<string[]>().notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
});

export const speakers = pgTable('speakers', {
  id: text('id').primaryKey(),
  editionId: requiredReference(text('edition_id'), () => editions.id),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  role: jsonb('role').$type<LocalizedText>().notNull(),
  slot: text('slot', { enum: ['opening_keynote', 'closing_keynote'] }).notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
});

export const expos = pgTable('expos', {
  id: text('id').primaryKey(),
  editionId: requiredReference(text('edition_id'), () => editions.id),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  venue: jsonb('venue').$type<LocalizedText>().notNull(),
  venueProvinceId: text('venue_province_id').references(() => provinces.id),
  aim: jsonb('aim').$type<LocalizedText>().notNull(),
  targetMarkets: jsonb('target_markets').$type<string[]>().notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
});
