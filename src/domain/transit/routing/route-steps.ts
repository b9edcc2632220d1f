import type { RouteStep, RouteTotals } from '../model.ts';
import { fixedPenalties, transitionPenalty, travelCost } from './route-costs.ts';
import { departureOfArc, type RouteGraph } from './route-graph.ts';

/** Criteria totals as the search summed them; the explanation adds the distances. */
export type CriteriaTotals = Pick<RouteTotals, 'hours' | 'usdPerTonne' | 'borders' | 'co2KgPerTonne'>;

/**
 * The leg-by-leg explanation of a path of arcs. Each step runs in the direction travelled (a leg
 * stored Baku → Astara appears as Astara → Baku when taken northwards) and lists the penalties met
 * on it, built by the same rules the graph and the searches priced.
 */
export function describeSteps(graph: RouteGraph, arcs: readonly number[]): RouteStep[] {
  return arcs.map((arc, position) => {
    const legIndex = graph.arcLegIndex[arc]!;
    const leg = graph.legs[legIndex]!;
    const departure = graph.nodes[departureOfArc(graph, arc)]!;
    const arrival = graph.nodes[graph.arcTargets[arc]!]!;
    const previousArc = arcs[position - 1];
    const previousMode = previousArc === undefined ? null : graph.legs[graph.arcLegIndex[previousArc]!]!.mode;
    const km = graph.legKm[legIndex]!;
    const travel = travelCost(km, leg.mode, graph.cargo, graph.legUsability[legIndex]!.seaCostFactor, graph.parameters);
    const change = transitionPenalty(previousMode, leg.mode, leg.gaugeBreak, departure.id, graph.parameters);
    const fixed = fixedPenalties(
      { mode: leg.mode, crossesBorder: leg.crossesBorder, departure, arrival },
      graph.parameters,
    );
    return {
      legId: leg.id,
      fromNodeId: departure.id,
      toNodeId: arrival.id,
      mode: leg.mode,
      distanceKm: km,
      distanceEstimated: graph.legDistanceEstimated[legIndex] === 1,
      travelHours: travel.hours,
      travelUsdPerTonne: travel.usdPerTonne,
      co2KgPerTonne: travel.co2KgPerTonne,
      crossesBorder: leg.crossesBorder,
      penalties: change ? [change, ...fixed] : [...fixed],
    };
  });
}

export function totalRoute(criteria: CriteriaTotals, steps: readonly RouteStep[]): RouteTotals {
  const distanceKm = steps.reduce((sum, step) => sum + step.distanceKm, 0);
  const estimatedDistanceKm = steps.reduce((sum, step) => sum + (step.distanceEstimated ? step.distanceKm : 0), 0);
  return {
    hours: criteria.hours,
    usdPerTonne: criteria.usdPerTonne,
    borders: criteria.borders,
    co2KgPerTonne: criteria.co2KgPerTonne,
    distanceKm,
    estimatedDistanceKm,
  };
}

export function sumCriteria(steps: readonly RouteStep[]): CriteriaTotals {
  const totals: CriteriaTotals = { hours: 0, usdPerTonne: 0, borders: 0, co2KgPerTonne: 0 };
  for (const step of steps) {
    totals.hours += step.penalties.reduce((sum, penalty) => sum + penalty.hours, step.travelHours);
    totals.usdPerTonne += step.penalties.reduce((sum, penalty) => sum + penalty.usdPerTonne, step.travelUsdPerTonne);
    totals.borders += step.crossesBorder ? 1 : 0;
    totals.co2KgPerTonne += step.co2KgPerTonne;
  }
  return totals;
}
