import { CARGO_TYPES, TRANSIT_MODES, type TransitMode, type TransitParameters } from '../model.ts';

/**
 * Every number of the cost and time model as a named, bounded parameter. The bounds reject the
 * absurd (a speed of 0, a negative cost, a week-long handling) rather than the merely unusual.
 */
export type ParameterUnit =
  | 'km_per_hour'
  | 'ratio'
  | 'usd_per_tonne_km'
  | 'g_per_tonne_km'
  | 'hours'
  | 'usd_per_tonne'
  | 'metres';
export type ParameterDefinition = { key: string; unit: ParameterUnit; min: number; max: number; minExclusive: boolean };

const MAX_SPEED: Record<TransitMode, number> = { rail: 120, road: 100, sea: 60 };

function definition(
  key: string,
  unit: ParameterUnit,
  min: number,
  max: number,
  minExclusive = false,
): ParameterDefinition {
  return { key, unit, min, max, minExclusive };
}

export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  ...TRANSIT_MODES.map((mode) => definition(`speed_kmh.${mode}`, 'km_per_hour', 0, MAX_SPEED[mode], true)),
  ...TRANSIT_MODES.map((mode) => definition(`detour_factor.${mode}`, 'ratio', 1, 3)),
  ...TRANSIT_MODES.flatMap((mode) =>
    CARGO_TYPES.map((cargo) => definition(`cost_usd_per_tonne_km.${mode}.${cargo}`, 'usd_per_tonne_km', 0, 5)),
  ),
  ...TRANSIT_MODES.map((mode) => definition(`co2_g_per_tonne_km.${mode}`, 'g_per_tonne_km', 0, 1000)),
  definition('port_handling_hours', 'hours', 0, 720),
  definition('port_handling_usd_per_tonne', 'usd_per_tonne', 0, 1000),
  definition('rail_road_transfer_hours', 'hours', 0, 720),
  definition('rail_road_transfer_usd_per_tonne', 'usd_per_tonne', 0, 1000),
  definition('gauge_change_hours', 'hours', 0, 720),
  definition('gauge_change_usd_per_tonne', 'usd_per_tonne', 0, 1000),
  definition('land_border_dwell_hours', 'hours', 0, 720),
  definition('sea_border_dwell_hours', 'hours', 0, 720),
  definition('vessel_design_draft_m', 'metres', 0.5, 25),
  definition('vessel_minimum_draft_m', 'metres', 0.5, 25),
];

export const PARAMETER_KEYS: readonly string[] = PARAMETER_DEFINITIONS.map((item) => item.key);

export function parameterDefinition(key: string): ParameterDefinition | undefined {
  return PARAMETER_DEFINITIONS.find((item) => item.key === key);
}

export function isWithinBounds(definition: ParameterDefinition, value: number): boolean {
  if (!Number.isFinite(value) || value > definition.max) return false;
  return definition.minExclusive ? value > definition.min : value >= definition.min;
}

/** A light-loaded ship still needs water under it: the minimum draft cannot exceed the design draft. */
export function draftsAreConsistent(values: ReadonlyMap<string, number>): boolean {
  return (values.get('vessel_minimum_draft_m') ?? 0) <= (values.get('vessel_design_draft_m') ?? Infinity);
}

function perMode(values: ReadonlyMap<string, number>, prefix: string): Record<TransitMode, number> {
  return {
    rail: read(values, `${prefix}.rail`),
    road: read(values, `${prefix}.road`),
    sea: read(values, `${prefix}.sea`),
  };
}

function read(values: ReadonlyMap<string, number>, key: string): number {
  const value = values.get(key);
  if (value === undefined) throw new Error(`transit parameter ${key} is missing`);
  return value;
}

/** The engine's view of the stored parameters (every key must be present: the seed writes them all). */
export function toTransitParameters(values: ReadonlyMap<string, number>): TransitParameters {
  const costOf = (mode: TransitMode) =>
    Object.fromEntries(CARGO_TYPES.map((cargo) => [cargo, read(values, `cost_usd_per_tonne_km.${mode}.${cargo}`)]));
  return {
    speedKmh: perMode(values, 'speed_kmh'),
    detourFactor: perMode(values, 'detour_factor'),
    costUsdPerTonneKm: {
      rail: costOf('rail'),
      road: costOf('road'),
      sea: costOf('sea'),
    } as TransitParameters['costUsdPerTonneKm'],
    co2GramsPerTonneKm: perMode(values, 'co2_g_per_tonne_km'),
    portHandlingHours: read(values, 'port_handling_hours'),
    portHandlingUsdPerTonne: read(values, 'port_handling_usd_per_tonne'),
    railRoadTransferHours: read(values, 'rail_road_transfer_hours'),
    railRoadTransferUsdPerTonne: read(values, 'rail_road_transfer_usd_per_tonne'),
    gaugeChangeHours: read(values, 'gauge_change_hours'),
    gaugeChangeUsdPerTonne: read(values, 'gauge_change_usd_per_tonne'),
    landBorderDwellHours: read(values, 'land_border_dwell_hours'),
    seaBorderDwellHours: read(values, 'sea_border_dwell_hours'),
    vesselDesignDraftM: read(values, 'vessel_design_draft_m'),
    vesselMinimumDraftM: read(values, 'vessel_minimum_draft_m'),
  };
}
