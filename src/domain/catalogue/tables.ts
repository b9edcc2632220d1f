import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { users } from '../accounts/tables.ts';
import { provinces } from '../provinces/tables.ts';
import type { CatalogueItem, ItemKind, ItemStatus, Organisation, Quantity } from './model.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const catalogueItems = pgTable(
  'catalogue_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ItemKind>().notNull(),
    provinceId: requiredReference(text('province_id'), () => provinces.id),
    organisation: jsonb('organisation').$type<Organisation>(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    status: text('status').$type<ItemStatus>().notNull(),
    language: text('language').$type<Locale>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    // Every title and description in every language, normalised, for text search across languages.
    searchText: text('search_text').notNull(),
    taxonomyCodes: jsonb('taxonomy_codes').$type<string[]>().notNull(),
    hsCodes: jsonb('hs_codes').$type<string[]>().notNull(),
    quantity: jsonb('quantity').$type<Quantity>(),
    valueMin: numeric('value_min', { mode: 'number' }),
    valueMax: numeric('value_max', { mode: 'number' }),
    currency: text('currency'),
    seasonMonths: jsonb('season_months').$type<number[]>().notNull(),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    contactLanguages: jsonb('contact_languages').$type<Locale[]>().notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    index('catalogue_items_status_idx').on(table.status, table.provinceId),
    index('catalogue_items_kind_idx').on(table.kind),
  ],
);

/** Every state an item has been in, so its history can be read and any change traced. */
export const catalogueItemVersions = pgTable(
  'catalogue_item_versions',
  {
    itemId: requiredReference(uuid('item_id'), () => catalogueItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    change: text('change').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    snapshot: jsonb('snapshot').$type<CatalogueItem>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.version] })],
);

/** Stored in the database, not on a disk, so that every instance serves every file. */
export const catalogueAttachments = pgTable(
  'catalogue_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: requiredReference(uuid('item_id'), () => catalogueItems.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('catalogue_attachments_item_idx').on(table.itemId)],
);
