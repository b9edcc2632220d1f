import type { CargoType, PenaltyKind, RoutePenalty, TransitMode, TransitNode, TransitParameters } from '../model.ts';

/**
 * The cost rules of a route, shared by the graph compiler, both searches and the explanation, so the
 * totals a search optimises are the sums the planner sees step by step.
 */

export type TravelCost = { hours: number; usdPerTonne: number; co2KgPerTonne: number };

/**
 * Time, money and emissions in motion all grow with distance. A part-loaded ship (see
 * scenario-effects) spreads the voyage over fewer tonnes, so only money per tonne scales with it:
 * the ship sails at the same speed and the model has no per-voyage emission figure to split.
 */
export function travelCost(
  km: number,
  mode: TransitMode,
  cargo: CargoType,
  seaCostFactor: number,
  parameters: TransitParameters,
): TravelCost {
  return {
    hours: km / parameters.speedKmh[mode],
    usdPerTonne: km * parameters.costUsdPerTonneKm[mode][cargo] * seaCostFactor,
    co2KgPerTonne: (km * parameters.co2GramsPerTonneKm[mode]) / 1000,
  };
}

/** One traversal of a leg, in the direction travelled. */
export type ArcEnds = { mode: TransitMode; crossesBorder: boolean; departure: TransitNode; arrival: TransitNode };

const NO_PENALTIES: readonly RoutePenalty[] = [];

/**
 * Penalties a traversal pays whatever came before it, in the order they happen. Ship loading and
 * unloading belong to the sea leg itself: whichever way the goods reached the port, they are handled.
 */
export function fixedPenalties(arc: ArcEnds, parameters: TransitParameters): readonly RoutePenalty[] {
  if (arc.mode !== 'sea' && !arc.crossesBorder) return NO_PENALTIES;
  const penalties: RoutePenalty[] = [];
  if (arc.mode === 'sea') penalties.push(portHandling('port_loading', arc.departure, parameters));
  if (arc.crossesBorder) penalties.push(borderDwell(arc, parameters));
  if (arc.mode === 'sea') penalties.push(portHandling('port_unloading', arc.arrival, parameters));
  return penalties;
}

function portHandling(kind: PenaltyKind, node: TransitNode, parameters: TransitParameters): RoutePenalty {
  return {
    kind,
    nodeId: node.id,
    hours: parameters.portHandlingHours,
    usdPerTonne: parameters.portHandlingUsdPerTonne,
  };
}

/**
 * Formalities happen at the crossing point when the leg touches one; otherwise (a sea leg landing
 * abroad, a land leg between two towns) on arrival, where the goods enter the other country. Only a
 * border crossing node carries its own measured dwell.
 */
function borderDwell(arc: ArcEnds, parameters: TransitParameters): RoutePenalty {
  const node = arc.departure.kind === 'border_crossing' ? arc.departure : arc.arrival;
  const defaultHours = arc.mode === 'sea' ? parameters.seaBorderDwellHours : parameters.landBorderDwellHours;
  const ownHours = node.kind === 'border_crossing' ? node.borderDwellHours : null;
  return { kind: 'border_dwell', nodeId: node.id, hours: ownHours ?? defaultHours, usdPerTonne: 0 };
}

/**
 * The penalty for changing vehicles at the departure node, which depends on how the goods arrived
 * (`previousMode` null at the origin): that is why a search state is (node, arriving mode).
 * - Rail ↔ road: the goods are moved between a train and a lorry.
 * - Rail onto a gauge-break rail leg: bogies are exchanged or the goods transshipped. Arriving by
 *   road or ship (or starting there), they are loaded onto the other gauge anyway, and the transfer
 *   or port handling already pays for it.
 * - To or from sea: port handling on the sea leg covers it.
 */
function transitionPenaltyKind(
  previousMode: TransitMode | null,
  mode: TransitMode,
  gaugeBreak: boolean,
): 'gauge_change' | 'rail_road_transfer' | null {
  if (previousMode === 'rail' && mode === 'rail') return gaugeBreak ? 'gauge_change' : null;
  const isRailRoadChange = (previousMode === 'rail' && mode === 'road') || (previousMode === 'road' && mode === 'rail');
  return isRailRoadChange ? 'rail_road_transfer' : null;
}

export function transitionPenalty(
  previousMode: TransitMode | null,
  mode: TransitMode,
  gaugeBreak: boolean,
  departureNodeId: string,
  parameters: TransitParameters,
): RoutePenalty | null {
  const kind = transitionPenaltyKind(previousMode, mode, gaugeBreak);
  if (kind === 'gauge_change')
    return {
      kind,
      nodeId: departureNodeId,
      hours: parameters.gaugeChangeHours,
      usdPerTonne: parameters.gaugeChangeUsdPerTonne,
    };
  if (kind === 'rail_road_transfer')
    return {
      kind,
      nodeId: departureNodeId,
      hours: parameters.railRoadTransferHours,
      usdPerTonne: parameters.railRoadTransferUsdPerTonne,
    };
  return null;
}
