import { CARGO_TYPES, TRANSIT_MODES, type TransitParameter } from '../api/types.ts';
import { splitParameterKey } from './parameter-keys.ts';

/** How a group is drawn: one row per mode, a mode × cargo matrix, or one row per parameter. */
export type GroupLayout = 'by_mode' | 'matrix' | 'list';
export type ParameterGroup = { id: string; layout: GroupLayout; parameters: TransitParameter[] };

const GROUPS: readonly { id: string; layout: GroupLayout; quantities: readonly string[] }[] = [
  { id: 'speed', layout: 'by_mode', quantities: ['speed_kmh'] },
  { id: 'detour', layout: 'by_mode', quantities: ['detour_factor'] },
  { id: 'cost', layout: 'matrix', quantities: ['cost_usd_per_tonne_km'] },
  { id: 'co2', layout: 'by_mode', quantities: ['co2_g_per_tonne_km'] },
  {
    id: 'handling',
    layout: 'list',
    quantities: [
      'port_handling_hours',
      'port_handling_usd_per_tonne',
      'rail_road_transfer_hours',
      'rail_road_transfer_usd_per_tonne',
      'gauge_change_hours',
      'gauge_change_usd_per_tonne',
    ],
  },
  { id: 'border', layout: 'list', quantities: ['land_border_dwell_hours', 'sea_border_dwell_hours'] },
  { id: 'draft', layout: 'list', quantities: ['vessel_design_draft_m', 'vessel_minimum_draft_m'] },
];

function sortKey(parameter: TransitParameter, quantities: readonly string[]): number {
  const { quantity, mode, cargo } = splitParameterKey(parameter.key);
  const modeIndex = mode ? TRANSIT_MODES.indexOf(mode) : 0;
  const cargoIndex = cargo ? CARGO_TYPES.indexOf(cargo) : 0;
  return quantities.indexOf(quantity) * 100 + modeIndex * 10 + cargoIndex;
}

/**
 * The parameters in the groups the secretariat thinks in, in a fixed order. A key the page does not
 * know yet (the server added one) lands in "other" rather than disappearing.
 */
export function groupParameters(parameters: readonly TransitParameter[]): ParameterGroup[] {
  const groups = GROUPS.map((group) => ({
    id: group.id,
    layout: group.layout,
    parameters: parameters
      .filter((parameter) => group.quantities.includes(splitParameterKey(parameter.key).quantity))
      .sort((a, b) => sortKey(a, group.quantities) - sortKey(b, group.quantities)),
  }));
  const known = new Set(groups.flatMap((group) => group.parameters.map((parameter) => parameter.key)));
  const other = parameters.filter((parameter) => !known.has(parameter.key));
  return [...groups, { id: 'other', layout: 'list' as const, parameters: other }].filter(
    (group) => group.parameters.length > 0,
  );
}

export type CostMatrix = {
  cargoTypes: readonly string[];
  rows: { mode: string; cells: { cargo: string; parameter: TransitParameter | null }[] }[];
};

/** The freight rates as a table: a row per mode, a column per cargo type; a missing rate is an empty cell. */
export function costMatrix(parameters: readonly TransitParameter[]): CostMatrix {
  const byKey = new Map(parameters.map((parameter) => [parameter.key, parameter]));
  return {
    cargoTypes: CARGO_TYPES,
    rows: TRANSIT_MODES.map((mode) => ({
      mode,
      cells: CARGO_TYPES.map((cargo) => ({
        cargo,
        parameter: byKey.get(`cost_usd_per_tonne_km.${mode}.${cargo}`) ?? null,
      })),
    })),
  };
}
