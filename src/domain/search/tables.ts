import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { DocumentType } from './model.ts';

/**
 * One row per public thing that can be found, written in the same transaction as the thing itself;
 * its words are in `search_postings`. A search scores thousands of rows and shows twenty, so the
 * indexes on `number` and `updated_at` carry the columns scoring and filters read (INCLUDE,
 * written by hand in migration 0013): candidates are scored from the indexes, and only the
 * twenty shown are read from the table.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    type: text('type').$type<DocumentType>().notNull(),
    id: text('id').notNull(),
    // A short number for the postings to point at: four bytes instead of a type and a UUID.
    number: integer('number').generatedAlwaysAsIdentity().unique().notNull(),
    language: text('language').$type<Locale>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
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
    index('search_documents_taxonomy').using('gin', table.taxonomyCodes),
    index('search_documents_province').on(table.provinceId),
    index('search_documents_updated').on(table.updatedAt),
  ],
);

/**
 * The inverted index: which documents hold which word (its spelling key, so Cyrillic and Latin
 * spellings of a word are one word). A query finds its words in `search_words` and reads their
 * documents here, instead of comparing it with every document's text.
 */
export const searchPostings = pgTable(
  'search_postings',
  {
    word: text('word').notNull(),
    document: integer('document')
      .notNull()
      .references(() => searchDocuments.number, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.word, table.document] }),
    index('search_postings_document').on(table.document),
  ],
);

/**
 * Every word the index holds, once, with a trigram index: a misspelt or half-typed query word
 * finds the words it resembles here (a vocabulary of thousands), not in the documents (millions
 * of words). Words are only added; one no document holds any more finds nothing. The index
 * has no pending list: new words are rare once the vocabulary has grown, and every search reads it.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (table) => [
  index('search_words_trgm').using('gin', sql`${table.word} gin_trgm_ops`).with({ fastupdate: false }),
]);

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
    // Written seldom and read by every search: no pending list for a search to scan through.
    index('search_terms_key_trgm').using('gin', sql`${table.key} gin_trgm_ops`).with({ fastupdate: false }),
  ],
);

/**
 * What the index was built with (`INDEX_VERSION` in index-documents.ts: spelling keys and postings
 * layout): when either changes, the next start re-keys the terms and rebuilds the index once (one
 * row, id 1). The column kept its first name, from when only the keys were versioned.
 */
export const searchIndexState = pgTable('search_index_state', {
  id: integer('id').primaryKey(),
  keyVersion: integer('key_version').notNull(),
});
