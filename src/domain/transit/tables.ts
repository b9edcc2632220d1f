import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { requiredReference } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { users } from '../accounts/tables.ts';
import { provinces } from '../provinces/tables.ts';
import type { ScenarioChange } from './model.ts';
import type { CachedProvinceTransit } from './planning/province-transit.ts';

export const transitNodes = pgTable('transit_nodes', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['port', 'border_crossing', 'city', 'rail_station', 'rail_junction'] }).notNull(),
  countries: jsonb('countries').$type<string[]>().notNull(),
  provinceId: text('province_id').references(() => provinces.id),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  coordinatesAssumed: boolean('coordinates_assumed').notNull(),
  coordinatesNote: text('coordinates_note'),
  borderDwellHours: doublePrecision('border_dwell_hours'),
  maxDraftM: doublePrecision('max_draft_m'),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const transitLegs = pgTable(
  'transit_legs',
  {
    id: text('id').primaryKey(),
    fromNodeId: requiredReference(text('from_node_id'), () => transitNodes.id),
    toNodeId: requiredReference(text('to_node_id'), () => transitNodes.id),
    mode: text('mode', { enum: ['rail', 'road', 'sea'] }).notNull(),
    status: text('status', { enum: ['operational', 'under_construction', 'planned'] }).notNull(),
    distanceKm: doublePrecision('distance_km'),
    distanceSource: text('distance_source'),
    greatCircleKm: doublePrecision('great_circle_km'),
    crossesBorder: boolean('crosses_border').notNull(),
    gaugeBreak: boolean('gauge_break').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('transit_legs_from_idx').on(table.fromNodeId),
    index('transit_legs_to_idx').on(table.toNodeId),
    check('transit_legs_distinct_ends', sql`${table.fromNodeId} <> ${table.toNodeId}`),
    // A sourced distance must name its source: the planner never shows an unsourced figure as fact.
    check(
      'transit_legs_sourced_distance',
      sql`${table.distanceKm} is null or (${table.distanceKm} > 0 and ${table.distanceSource} is not null)`,
    ),
  ],
);

/** One row per number of the cost and time model: its value and where it comes from. */
export const transitParameters = pgTable(
  'transit_parameters',
  {
    key: text('key').primaryKey(),
    value: doublePrecision('value').notNull(),
    source: text('source'),
    assumption: boolean('assumption').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('transit_parameters_sourced', sql`${table.assumption} or ${table.source} is not null`)],
);

/** A single row whose version goes up with every change to nodes, legs or parameters; cached answers carry the version they were computed for. */
export const transitNetworkState = pgTable(
  'transit_network_state',
  {
    id: integer('id').primaryKey(),
    version: bigint('version', { mode: 'number' }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('transit_network_state_single_row', sql`${table.id} = 1`)],
);

export const transitScenarios = pgTable(
  'transit_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Written in the author's language; the scenarios the platform ships with are named in all six.
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    changes: jsonb('changes').$type<ScenarioChange[]>().notNull(),
    // Where the scenario's figures come from (sea level, ice months); null when they are the author's own.
    source: text('source'),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('transit_scenarios_owner_idx').on(table.ownerUserId)],
);

/** Transit between two provinces for a cargo type on the baseline network, as other capabilities ask for it. */
export const transitProvinceCache = pgTable(
  'transit_province_cache',
  {
    fromProvinceId: requiredReference(text('from_province_id'), () => provinces.id),
    toProvinceId: requiredReference(text('to_province_id'), () => provinces.id),
    cargo: text('cargo', { enum: ['container', 'bulk', 'liquid', 'reefer'] }).notNull(),
    networkVersion: bigint('network_version', { mode: 'number' }).notNull(),
    answer: jsonb('answer').$type<CachedProvinceTransit>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.fromProvinceId, table.toProvinceId, table.cargo] })],
);
