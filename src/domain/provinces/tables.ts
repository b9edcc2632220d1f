import { boolean, doublePrecision, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText, SourcedFact } from '../../platform/i18n/localized-text.ts';
import type { ProfileSections } from './model.ts';

export const provinces = pgTable('provinces', {
  id: text('id').primaryKey(),
  countryCode: text('country_code').notNull(),
  iso31662: text('iso_3166_2').notNull(),
  adminLevel: text('admin_level').notNull(),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  capital: jsonb('capital').$type<LocalizedText>().notNull(),
  caspianCoast: boolean('caspian_coast').notNull(),
  coastNote: text('coast_note'),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  coordNote: text('coord_note').notNull(),
  facts: jsonb('facts').$type<SourcedFact[]>().notNull(),
  economicSectors: jsonb('economic_sectors').$type<string[]>().notNull(),
  economicSectorsSource: text('economic_sectors_source'),
  economicSectorsNote: text('economic_sectors_note'),
  overview: jsonb('overview').$type<LocalizedText>().notNull().default({}),
  sections: jsonb('sections').$type<ProfileSections>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ports = pgTable('ports', {
  id: text('id').primaryKey(),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  countryCode: text('country_code').notNull(),
  provinceId: text('province_id').references(() => provinces.id),
  sea: text('sea').notNull(),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
  coordNote: text('coord_note'),
  facts: jsonb('facts').$type<SourcedFact[]>().notNull(),
});
