import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import { provinces } from '../provinces/tables.ts';
import { expos } from '../summit/tables.ts';
import type { ExhibitorProduct, TradeVolume } from './model.ts';

export const exhibitors = pgTable(
  'exhibitors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expoId: requiredReference(text('expo_id'), () => expos.id),
    organisation: text('organisation').notNull(),
    provinceId: requiredReference(text('province_id'), () => provinces.id),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    products: jsonb('products').$type<ExhibitorProduct[]>().notNull(),
    // Every product's HS codes, flattened so the directory can filter on them.
    hsCodes: jsonb('hs_codes').$type<string[]>().notNull(),
    contactLanguages: jsonb('contact_languages').$type<Locale[]>().notNull(),
    email: text('email'),
    website: text('website'),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    // Invented content that shows how the platform works; badged as demo and removable by the secretariat.
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [index('exhibitors_expo_idx').on(table.expoId, table.provinceId)],
);

/** Halls and booths are drawn from these numbers: metres from the hall's top-left corner. */
export const expoHalls = pgTable('expo_halls', {
  id: uuid('id').primaryKey().defaultRandom(),
  expoId: requiredReference(text('expo_id'), () => expos.id),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  widthM: doublePrecision('width_m').notNull(),
  depthM: doublePrecision('depth_m').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  isDemo: boolean('is_demo').notNull().default(false),
});

export const expoBooths = pgTable(
  'expo_booths',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hallId: requiredReference(uuid('hall_id'), () => expoHalls.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    xM: doublePrecision('x_m').notNull(),
    yM: doublePrecision('y_m').notNull(),
    widthM: doublePrecision('width_m').notNull(),
    depthM: doublePrecision('depth_m').notNull(),
  },
  (table) => [
    uniqueIndex('expo_booths_hall_code_key').on(table.hallId, table.code),
    check('expo_booths_positive_size', sql`${table.widthM} > 0 and ${table.depthM} > 0`),
  ],
);

/**
 * The booth is the primary key: two exhibitors booking one booth at the same moment, even
 * through two app instances, meet the database's uniqueness and only one wins.
 */
export const boothAssignments = pgTable('booth_assignments', {
  boothId: uuid('booth_id')
    .primaryKey()
    .references(() => expoBooths.id, { onDelete: 'cascade' }),
  exhibitorId: requiredReference(uuid('exhibitor_id'), () => exhibitors.id, { onDelete: 'cascade' }),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  assignedBy: uuid('assigned_by').references(() => users.id),
});

/** What a buyer from a neighbouring country is looking for at the expo. */
export const buyerInterests = pgTable(
  'buyer_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expoId: requiredReference(text('expo_id'), () => expos.id),
    organisation: text('organisation').notNull(),
    countryCode: text('country_code').notNull(),
    provinceId: text('province_id').references(() => provinces.id),
    hsCodes: jsonb('hs_codes').$type<string[]>().notNull(),
    volume: jsonb('volume').$type<TradeVolume>(),
    note: jsonb('note').$type<LocalizedText>().notNull(),
    contactLanguages: jsonb('contact_languages').$type<Locale[]>().notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [index('buyer_interests_expo_idx').on(table.expoId)],
);
