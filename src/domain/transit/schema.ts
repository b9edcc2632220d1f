import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../../platform/i18n/localized-text.ts';
import {
  BLOCK_REASONS,
  CARGO_TYPES,
  LEG_STATUSES,
  NODE_KINDS,
  PENALTY_KINDS,
  ROUTE_BESTS,
  ROUTE_QUERY_LIMITS,
  TRANSIT_MODES,
} from './model.ts';

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)*$/)
  .max(120);
const NodeId = Id.describe('Node id, e.g. city-rasht or ru-astrakhan');
const LegId = Id.describe('Leg id, e.g. city-rasht__bc-astara__rail');
const Mode = z.enum(TRANSIT_MODES).describe('rail, road or sea');
const Cargo = z.enum(CARGO_TYPES).describe('container, bulk, liquid or reefer');
const Hours = z.number().min(0).max(720);
const Note = z.string().trim().max(2000).nullable();
const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code');
const Names = z
  .partialRecord(LocaleSchema, z.string().trim().max(200))
  .describe('Name per language; missing languages are absent');
const Month = z.coerce
  .number()
  .int()
  .min(ROUTE_QUERY_LIMITS.month.minimum)
  .max(ROUTE_QUERY_LIMITS.month.maximum)
  .describe('Month of travel, 1–12: seasonal closures apply in their months');

export const NodeIdParam = z.object({ id: NodeId }).strict();
export const LegIdParam = z.object({ id: LegId }).strict();
export const ScenarioIdParam = z.object({ id: z.uuid().describe('Scenario id') }).strict();
export const ParameterKeyParam = z
  .object({ key: z.string().max(80).describe('Parameter key, e.g. speed_kmh.rail') })
  .strict();

// ---------- Network ----------

const NodeFields = {
  kind: z.enum(NODE_KINDS).describe('port, border_crossing, city, rail_station or rail_junction'),
  countries: z.array(CountryCode).min(1).max(2).describe('Country of the node; both countries for a border crossing'),
  provinceId: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .describe('Province the node belongs to, when it is in a participating one'),
  names: Names.refine((names) => Object.values(names).some((name) => name && name.length > 0), {
    params: { code: 'label_required' },
  }),
  lat: z.number().min(-90).max(90).describe('Latitude, degrees'),
  lon: z.number().min(-180).max(180).describe('Longitude, degrees'),
  coordinatesAssumed: z.boolean().describe('True when the position is approximate or placed without a source'),
  coordinatesNote: Note.describe('Where the position comes from'),
  borderDwellHours: Hours.nullable().describe('Hours goods wait at this border crossing; null uses the default'),
  maxDraftM: z
    .number()
    .gt(0)
    .max(30)
    .nullable()
    .describe('Deepest draft a vessel may have to call at this port, metres'),
  note: Note.describe('Anything a planner should know about the node'),
};

export const CreateNodeRequest = z
  .object({ id: NodeId, ...NodeFields })
  .strict()
  .describe('A new node of the network');
export const UpdateNodeRequest = z.object(NodeFields).strict().describe('The node as it should be');

const LegFields = {
  fromNodeId: NodeId,
  toNodeId: NodeId,
  mode: Mode,
  status: z
    .enum(LEG_STATUSES)
    .describe(
      'operational, under_construction or planned; only operational legs carry goods unless a scenario opens them',
    ),
  distanceKm: z
    .number()
    .gt(0)
    .max(20_000)
    .nullable()
    .describe('Route distance from a source; null applies the estimate'),
  distanceSource: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .nullable()
    .describe('Where the distance comes from; required with a distance'),
  crossesBorder: z.boolean().describe('The leg enters another country'),
  gaugeBreak: z.boolean().describe('Rail leg across the 1435/1520 mm break'),
  note: Note.describe('Anything a planner should know about the leg'),
};

type LegShape = {
  fromNodeId: string;
  toNodeId: string;
  distanceKm: number | null;
  distanceSource: string | null;
  mode: string;
  gaugeBreak: boolean;
};

function legRefinements<S extends z.ZodType<LegShape, Record<string, unknown>>>(schema: S): S {
  return schema
    .refine((leg) => leg.fromNodeId !== leg.toNodeId, { path: ['toNodeId'], params: { code: 'leg_ends_equal' } })
    .refine((leg) => leg.distanceKm === null || leg.distanceSource !== null, {
      path: ['distanceSource'],
      params: { code: 'distance_source_required' },
    })
    .refine((leg) => !leg.gaugeBreak || leg.mode === 'rail', {
      path: ['gaugeBreak'],
      params: { code: 'gauge_break_rail_only' },
    });
}

export const CreateLegRequest = legRefinements(z.object({ id: LegId, ...LegFields }).strict()).describe(
  'A new leg between two nodes',
);
export const UpdateLegRequest = legRefinements(z.object(LegFields).strict()).describe('The leg as it should be');

export const NodeView = z
  .object({ id: NodeId, ...NodeFields, names: Names, updatedAt: z.iso.datetime() })
  .describe('A node of the network');
export const LegView = z
  .object({
    id: LegId,
    ...LegFields,
    greatCircleKm: z.number().nullable().describe('Straight-line distance between the ends'),
    distance: z
      .object({ km: z.number(), estimated: z.boolean() })
      .describe('The distance the planner uses: sourced, or the estimate (great circle × detour factor)'),
    updatedAt: z.iso.datetime(),
  })
  .describe('A leg of the network');

export const NetworkResponse = z
  .object({
    version: z.number().int().describe('Goes up with every change to nodes, legs or parameters'),
    nodes: z.array(NodeView),
    legs: z.array(LegView),
  })
  .describe('The transit network');

// ---------- Parameters ----------

export const ParameterView = z
  .object({
    key: z.string(),
    value: z.number(),
    unit: z.string().describe('km_per_hour, ratio, usd_per_tonne_km, g_per_tonne_km, hours, usd_per_tonne or metres'),
    min: z.number(),
    max: z.number(),
    minExclusive: z.boolean(),
    source: z.string().nullable(),
    assumption: z.boolean(),
    note: z.string().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .describe('One number of the cost and time model and where it comes from');

export const ParametersResponse = z.object({ version: z.number().int(), parameters: z.array(ParameterView) });

export const UpdateParameterRequest = z
  .object({
    value: z.number().describe("The new value, within the parameter's bounds"),
    source: z.string().trim().min(1).max(1000).nullable().describe('Where the value comes from'),
    assumption: z.boolean().describe('True when the value is an assumption rather than a sourced figure'),
    note: Note.optional().describe('Why this value'),
  })
  .strict()
  .refine((body) => body.assumption || body.source !== null, {
    path: ['source'],
    params: { code: 'source_or_assumption' },
  })
  .describe("A parameter's new value; it keeps a source or is marked as an assumption");

// ---------- Scenarios ----------

const ScenarioChange = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('close_leg'), legId: LegId }).strict(),
    z.object({ kind: z.literal('close_node'), nodeId: NodeId }).strict(),
    z.object({ kind: z.literal('open_leg'), legId: LegId }).strict(),
    z
      .object({
        kind: z.literal('seasonal_closure'),
        nodeId: NodeId,
        months: z.array(z.number().int().min(1).max(12)).min(1).max(12),
      })
      .strict(),
    z.object({ kind: z.literal('draft_limit'), nodeId: NodeId, maxDraftM: z.number().gt(0).max(30) }).strict(),
  ])
  .describe('One change to the baseline network');

const ScenarioFields = {
  name: Names.refine((names) => Object.values(names).some((name) => name && name.length > 0), {
    params: { code: 'label_required' },
  }).describe('Name per language; at least one'),
  description: LocalizedTextSchema.default({}),
  changes: z.array(ScenarioChange).min(1).max(200).describe('What the scenario changes'),
  source: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .nullable()
    .default(null)
    .describe("Where the scenario's figures come from"),
};

export const ScenarioRequest = z
  .object({
    ...ScenarioFields,
    shared: z
      .boolean()
      .optional()
      .describe(
        'True: everyone sees it, the public included, and only the secretariat may set it or change it; false: its owner and the secretariat alone. Left out: a new scenario is not shared, a changed one stays as it was',
      ),
  })
  .strict()
  .describe('A named what-if scenario');
export const ScenarioView = z
  .object({
    id: z.uuid(),
    ...ScenarioFields,
    description: LocalizedTextSchema,
    source: z.string().nullable(),
    ownerUserId: z.uuid().nullable().describe('Who wrote it; null for a shared scenario'),
    shared: z.boolean().describe('Seen by everyone; otherwise by its owner and the secretariat alone'),
    canEdit: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .describe('A saved what-if scenario');
export const ScenarioListResponse = z.object({ scenarios: z.array(ScenarioView) });

// ---------- Routes ----------

export const RouteQuery = z
  .object({
    from: z.string().min(1).max(120).describe('A node id (city-rasht) or a province id (gilan)'),
    to: z.string().min(1).max(120).describe('A node id or a province id'),
    cargo: Cargo.default('container'),
    month: Month.optional(),
    scenario: z.uuid().optional().describe('A saved scenario to apply; the baseline when absent'),
    tonnes: z.coerce
      .number()
      .gt(ROUTE_QUERY_LIMITS.tonnes.exclusiveMinimum)
      .max(ROUTE_QUERY_LIMITS.tonnes.maximum)
      .default(ROUTE_QUERY_LIMITS.tonnes.default)
      .describe('Tonnes shipped, for the totals of the plan'),
    lang: LocaleSchema.optional().describe('Language of an exported plan; the request language by default'),
  })
  .strict();

const Penalty = z.object({ kind: z.enum(PENALTY_KINDS), nodeId: NodeId, hours: z.number(), usdPerTonne: z.number() });
const Step = z.object({
  legId: LegId,
  fromNodeId: NodeId,
  toNodeId: NodeId,
  mode: Mode,
  distanceKm: z.number(),
  distanceEstimated: z.boolean(),
  travelHours: z.number(),
  travelUsdPerTonne: z.number(),
  co2KgPerTonne: z.number(),
  crossesBorder: z.boolean(),
  penalties: z.array(Penalty),
});
export const RouteTotalsView = z.object({
  hours: z.number(),
  usdPerTonne: z.number(),
  borders: z.number().int(),
  co2KgPerTonne: z.number(),
  distanceKm: z.number(),
  estimatedDistanceKm: z.number().describe('Part of the distance that rests on estimates'),
});
const ParetoRoute = z.object({ totals: RouteTotalsView, steps: z.array(Step), bestFor: z.array(z.enum(ROUTE_BESTS)) });
const Endpoint = z
  .object({ id: z.string(), kind: z.enum(['node', 'province']), nodeIds: z.array(NodeId) })
  .describe('What a from/to resolved to');

export const RoutesResponse = z
  .object({
    from: Endpoint,
    to: Endpoint,
    cargo: Cargo,
    month: z.number().int(),
    tonnes: z.number(),
    scenarioId: z.uuid().nullable(),
    networkVersion: z.number().int(),
    routes: z
      .array(ParetoRoute)
      .describe('The Pareto-optimal routes, fastest first: none is better than another on every criterion'),
    approximate: z
      .boolean()
      .describe(
        'True when the search stopped at its label budget (only on very large networks): the routes are real and non-dominated among themselves, but a trade-off may be missing',
      ),
  })
  .describe('Routes between two places');

export const BlockedLegView = z.object({ legId: LegId, reason: z.enum(BLOCK_REASONS) });
/** The extension members of a "no route" problem. */
export const NoRouteMembers = z
  .object({
    blockedLegs: z
      .array(BlockedLegView)
      .optional()
      .describe(
        'With transit_no_route: the legs on the way that are closed, not built yet, iced or too shallow; empty when the places are not connected at all',
      ),
  })
  .describe('RFC 9457 problem details; "no route" names what stands in the way');

// ---------- Province transit (for other capabilities) ----------

export const ProvinceTransitQuery = z
  .object({
    from: z.string().min(1).max(64).describe('Province id'),
    to: z.string().min(1).max(64).describe('Province id'),
    cargo: Cargo.default('container'),
  })
  .strict();
export const ProvinceTransitView = z
  .object({
    fromProvinceId: z.string(),
    toProvinceId: z.string(),
    cargo: Cargo,
    networkVersion: z.number().int(),
    routeFound: z.boolean(),
    fastest: RouteTotalsView.nullable(),
    cheapest: RouteTotalsView.nullable(),
    routeCount: z.number().int(),
    blockedLegs: z.array(BlockedLegView),
  })
  .describe(
    'Transit between two provinces on the baseline network, answered from a cache rebuilt when the network changes',
  );
export const ProvinceMatrixQuery = z.object({ cargo: Cargo.default('container') }).strict();
export const ProvinceMatrixResponse = z.object({
  cargo: Cargo,
  networkVersion: z.number().int(),
  pairs: z.array(ProvinceTransitView),
});
