import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/** Sectors and their subcategories: the shared vocabulary that offers and needs are filed under. */
export const taxonomyNodes = pgTable('taxonomy_nodes', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  labels: jsonb('labels').$type<LocalizedText>().notNull(),
  labelsToReview: jsonb('labels_to_review').$type<Locale[]>().notNull().default([]),
  hsCodes: jsonb('hs_codes').$type<string[]>().notNull().default([]),
  isicCodes: jsonb('isic_codes').$type<string[]>().notNull().default([]),
  panelRef: text('panel_ref'),
  position: integer('position').notNull(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
