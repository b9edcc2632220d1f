import type {
  BlockedLeg,
  ParetoRoute,
  RouteBest,
  RouteQuery,
  RoutingResult,
  ScenarioChange,
  TransitNetwork,
  TransitParameters,
} from '../model.ts';
import { DEFAULT_SEARCH_LIMITS, findParetoPaths, type ParetoPath, type ParetoSearchLimits } from './pareto-search.ts';
import { compileRouteGraph, type RouteGraph } from './route-graph.ts';
import { describeSteps, sumCriteria, totalRoute, type CriteriaTotals } from './route-steps.ts';
import { findFastestPath } from './shortest-path.ts';

/**
 * The routing answer, plus `approximate` when the search hit its label limits (see
 * ParetoSearchLimits): the routes are then good and non-dominated among themselves, but an optimal
 * trade-off may be missing.
 */
export type PlannedRouting = RoutingResult & { approximate?: true };

/**
 * The Pareto-optimal routes (hours, USD per tonne, borders, CO2 per tonne) from any origin to any
 * destination under a scenario, sorted by hours. When an origin is itself a destination the goods
 * are already there: one route of zero steps and zero totals, which beats every other route.
 * Node ids must exist (the service validates them first); an unknown one is a programming error.
 */
export function planRoutes(
  network: TransitNetwork,
  parameters: TransitParameters,
  scenario: ScenarioChange[],
  query: RouteQuery,
  limits: ParetoSearchLimits = DEFAULT_SEARCH_LIMITS,
): PlannedRouting {
  const graph = compileRouteGraph(network, parameters, scenario, query.cargo, query.month);
  const origins = resolveNodes(graph, query.originNodeIds);
  const destinations = resolveNodes(graph, query.destinationNodeIds);
  if (origins.some((origin) => destinations.includes(origin)))
    return {
      kind: 'routes',
      routes: tagBests([routeOf(graph, { arcs: [], hours: 0, usdPerTonne: 0, borders: 0, co2KgPerTonne: 0 })]),
    };
  const search = findParetoPaths(graph, origins, destinations, limits);
  if (search.paths.length > 0) {
    const routes = tagBests(search.paths.map((path) => routeOf(graph, path)));
    return search.capped ? { kind: 'routes', routes, approximate: true } : { kind: 'routes', routes };
  }
  // The limits can stop the search before any destination; the fastest route still answers, flagged.
  const fastest = search.capped ? findFastestPath(graph, origins, destinations) : null;
  if (fastest)
    return { kind: 'routes', routes: tagBests([routeOfFastestPath(graph, fastest.arcs)]), approximate: true };
  return {
    kind: 'no_route',
    blockedLegs: findBlockedLegsOnFastestPath(network, parameters, scenario, query, origins, destinations),
  };
}

function resolveNodes(graph: RouteGraph, nodeIds: readonly string[]): number[] {
  return nodeIds.map((nodeId) => {
    const index = graph.nodeIndexById.get(nodeId);
    if (index === undefined) throw new Error(`unknown transit node ${nodeId}`);
    return index;
  });
}

function routeOf(graph: RouteGraph, path: ParetoPath): ParetoRoute {
  const steps = describeSteps(graph, path.arcs);
  return { totals: totalRoute(path, steps), steps, bestFor: [] };
}

/** The single-criterion search summed only hours, so its totals come from the steps. */
function routeOfFastestPath(graph: RouteGraph, arcs: readonly number[]): ParetoRoute {
  const steps = describeSteps(graph, arcs);
  return { totals: totalRoute(sumCriteria(steps), steps), steps, bestFor: [] };
}

const BEST_CRITERIA: readonly (readonly [RouteBest, keyof CriteriaTotals])[] = [
  ['fastest', 'hours'],
  ['cheapest', 'usdPerTonne'],
  ['fewest_borders', 'borders'],
  ['lowest_co2', 'co2KgPerTonne'],
];

/** Sums of the same costs in another order differ in the last bits; closer than this is a tie. */
const TIE_TOLERANCE = 1e-9;

/** Every route that attains a criterion's minimum is best for it, so ties share the tag. */
function tagBests(routes: ParetoRoute[]): ParetoRoute[] {
  for (const [best, criterion] of BEST_CRITERIA) {
    const minimum = Math.min(...routes.map((route) => route.totals[criterion]));
    for (const route of routes) if (route.totals[criterion] <= minimum + TIE_TOLERANCE) route.bestFor.push(best);
  }
  return routes;
}

/**
 * Why there is no route: the fastest path with every block lifted (closures, seasons, drafts, and
 * legs not built yet) and the blocked legs on it. Empty when even that finds nothing.
 */
function findBlockedLegsOnFastestPath(
  network: TransitNetwork,
  parameters: TransitParameters,
  scenario: ScenarioChange[],
  query: RouteQuery,
  origins: number[],
  destinations: number[],
): BlockedLeg[] {
  const unblocked = compileRouteGraph(network, parameters, scenario, query.cargo, query.month, { ignoreBlocks: true });
  const path = findFastestPath(unblocked, origins, destinations);
  if (!path) return [];
  return path.arcs.flatMap((arc) => {
    const legIndex = unblocked.arcLegIndex[arc]!;
    const reason = unblocked.legUsability[legIndex]!.blocked;
    return reason ? [{ legId: network.legs[legIndex]!.id, reason }] : [];
  });
}
