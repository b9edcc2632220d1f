import type { LocalizedText } from '../../platform/i18n/localized-text.ts';

/**
 * The transit network of the North–South corridor and the Caspian ports, and the cost and time
 * model laid over it. Pure types and constants: the routing engine, the API and the seed share them.
 */
export const TRANSIT_MODES = ['rail', 'road', 'sea'] as const;
export type TransitMode = (typeof TRANSIT_MODES)[number];

export const LEG_STATUSES = ['operational', 'under_construction', 'planned'] as const;
export type LegStatus = (typeof LEG_STATUSES)[number];

export const CARGO_TYPES = ['container', 'bulk', 'liquid', 'reefer'] as const;
export type CargoType = (typeof CARGO_TYPES)[number];

export const NODE_KINDS = ['port', 'border_crossing', 'city', 'rail_station', 'rail_junction'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export type TransitNode = {
  id: string;
  kind: NodeKind;
  /** ISO 3166-1 alpha-2 codes: one for most nodes, two for a border crossing (e.g. IR and AZ at Astara). */
  countries: string[];
  provinceId: string | null;
  names: LocalizedText;
  lat: number;
  lon: number;
  /** True when the coordinates were placed by the project (not taken from a source): shown as approximate. */
  coordinatesAssumed: boolean;
  coordinatesNote: string | null;
  /** Hours a consignment waits at this border crossing; null falls back to the land border parameter. */
  borderDwellHours: number | null;
  /** Deepest draft a vessel may have to call at this port, in metres; null when not known (no limit applied). */
  maxDraftM: number | null;
  note: string | null;
};

export type TransitLeg = {
  id: string;
  fromNodeId: string;
  toNodeId: string;
  mode: TransitMode;
  status: LegStatus;
  /** Route distance from a source; null when none was found and the estimate applies. */
  distanceKm: number | null;
  distanceSource: string | null;
  /** Great-circle distance between the end nodes: the basis of the estimate when no sourced distance exists. */
  greatCircleKm: number | null;
  crossesBorder: boolean;
  /** Rail leg across the 1435/1520 mm break: wagons change bogies or goods are transshipped. */
  gaugeBreak: boolean;
  note: string | null;
};

export type TransitNetwork = { nodes: TransitNode[]; legs: TransitLeg[] };

/** The numbers of the cost and time model, as the routing engine reads them. */
export type TransitParameters = {
  speedKmh: Record<TransitMode, number>;
  /** Route distance ÷ great-circle distance, applied where a leg has no sourced distance. */
  detourFactor: Record<TransitMode, number>;
  costUsdPerTonneKm: Record<TransitMode, Record<CargoType, number>>;
  co2GramsPerTonneKm: Record<TransitMode, number>;
  /** Loading or unloading a ship: paid at each end of every sea leg. */
  portHandlingHours: number;
  portHandlingUsdPerTonne: number;
  /** Moving goods between a train and a lorry. */
  railRoadTransferHours: number;
  railRoadTransferUsdPerTonne: number;
  /** Bogie exchange or transshipment where 1435 mm meets 1520 mm. */
  gaugeChangeHours: number;
  gaugeChangeUsdPerTonne: number;
  /** Default dwell at a land border crossing (a crossing may set its own). */
  landBorderDwellHours: number;
  /** Customs and border formalities when a sea leg lands in another country. */
  seaBorderDwellHours: number;
  /** Draft of a loaded Caspian cargo vessel; a port's draft limit below it forces light loading. */
  vesselDesignDraftM: number;
  /** Below this draft limit no cargo vessel can call at all. */
  vesselMinimumDraftM: number;
};

/** One change a what-if scenario makes to the baseline network. */
export type ScenarioChange =
  | { kind: 'close_leg'; legId: string }
  | { kind: 'close_node'; nodeId: string }
  | { kind: 'open_leg'; legId: string }
  /** Ice or storms at a port in some months: no ship calls there then, while land legs stay open. */
  | { kind: 'seasonal_closure'; nodeId: string; months: number[] }
  | { kind: 'draft_limit'; nodeId: string; maxDraftM: number };

export const SCENARIO_CHANGE_KINDS = [
  'close_leg',
  'close_node',
  'open_leg',
  'seasonal_closure',
  'draft_limit',
] as const;

/** Why a leg cannot be used in a query: the "no route" answer names it. */
export const BLOCK_REASONS = [
  'not_operational',
  'closed_leg',
  'closed_node',
  'seasonal_closure',
  'draft_limit',
] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

/**
 * The bounds and defaults of the planner's question, as the API's schema checks them and the web's
 * form offers them (one source, so the two cannot drift). Tonnes must be above zero, not at it.
 */
export const ROUTE_QUERY_LIMITS = {
  tonnes: { default: 20, exclusiveMinimum: 0, maximum: 1_000_000 },
  month: { minimum: 1, maximum: 12 },
} as const;

export type RouteQuery = {
  /** Any of these nodes may start the route (a province resolves to its ports and main city). */
  originNodeIds: string[];
  destinationNodeIds: string[];
  cargo: CargoType;
  /** Month of travel, 1–12: seasonal closures apply in their months. */
  month: number;
};

export const PENALTY_KINDS = [
  'port_loading',
  'port_unloading',
  'rail_road_transfer',
  'gauge_change',
  'border_dwell',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** Time and money spent at a node rather than in motion. */
export type RoutePenalty = { kind: PenaltyKind; nodeId: string; hours: number; usdPerTonne: number };

export type RouteStep = {
  legId: string;
  fromNodeId: string;
  toNodeId: string;
  mode: TransitMode;
  distanceKm: number;
  /** True when the distance is the great-circle estimate times the detour factor. */
  distanceEstimated: boolean;
  travelHours: number;
  travelUsdPerTonne: number;
  co2KgPerTonne: number;
  crossesBorder: boolean;
  /** Handling, transfers, gauge change and border dwell met on this step, in the order they happen. */
  penalties: RoutePenalty[];
};

export type RouteTotals = {
  hours: number;
  usdPerTonne: number;
  borders: number;
  co2KgPerTonne: number;
  distanceKm: number;
  /** Part of the distance that rests on estimates. */
  estimatedDistanceKm: number;
};

export const ROUTE_BESTS = ['fastest', 'cheapest', 'fewest_borders', 'lowest_co2'] as const;
export type RouteBest = (typeof ROUTE_BESTS)[number];

export type ParetoRoute = { totals: RouteTotals; steps: RouteStep[]; bestFor: RouteBest[] };

export type BlockedLeg = { legId: string; reason: BlockReason };

export type RoutingResult =
  | { kind: 'routes'; routes: ParetoRoute[] }
  /** `blockedLegs` lists what stands on the path that would otherwise be taken; empty when the nodes are not connected at all. */
  | { kind: 'no_route'; blockedLegs: BlockedLeg[] };
