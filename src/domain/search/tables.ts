import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, real, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { DocumentType } from './model.ts';

/**
 * One row per public thing that can be found, written in the same transaction as the thing itself.
 * `text` is every language's text normalised; `key` is its plain-Latin spelling key, so that
 * Cyrillic and Latin spellings meet in one trigram index.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    type: text('type').$type<DocumentType>().notNull(),
    id: text('id').notNull(),
    language: text('language').$type<Locale>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    text: text('text').notNull(),
    key: text('key').notNull(),
    kind: text('kind').$type<'offer' | 'need'>(),
    countryCode: text('country_code'),
    provinceId: text('province_id'),
    // Subcategories with their sectors, so a query read as a sector finds what is coded below it.
    taxonomyCodes: text('taxonomy_codes').array().notNull(),
    hsCodes: text('hs_codes').array().notNull(),
    path: text('path').notNull(),
    isDemo: boolean('is_demo').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.type, table.id] }),
    index('search_documents_key_trgm').using('gin', sql`${table.key} gin_trgm_ops`),
    index('search_documents_taxonomy').using('gin', table.taxonomyCodes),
    index('search_documents_province').on(table.provinceId),
  ],
);

/**
 * The words a query is read by: each taxonomy node's curated keywords in six languages, and the
 * gazetteer's place names (provinces, their capitals, ports), each with its spelling key.
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    // `taxonomy:<code>` or `place:<province id>`
    target: text('target').notNull(),
    language: text('language').$type<Locale>().notNull(),
    term: text('term').notNull(),
    key: text('key').notNull(),
    weight: real('weight').notNull().default(1),
    // The team wrote it and a native speaker has not checked it yet.
    needsReview: boolean('needs_review').notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.target, table.language, table.key] }),
    index('search_terms_key_trgm').using('gin', sql`${table.key} gin_trgm_ops`),
  ],
);
