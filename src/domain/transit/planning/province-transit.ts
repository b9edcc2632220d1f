import type { BlockedLeg, RouteTotals, RoutingResult, TransitNode } from '../model.ts';

/** What other capabilities learn about moving goods between two provinces: the fastest and the cheapest way. */
export type CachedProvinceTransit =
  | { routeFound: true; fastest: RouteTotals; cheapest: RouteTotals; routeCount: number }
  | { routeFound: false; blockedLegs: BlockedLeg[] };

const PROVINCE_ENDPOINT_KINDS: ReadonlySet<TransitNode['kind']> = new Set(['port', 'city']);

/**
 * A province stands for its ports and its main city. A province with neither on the network
 * (only a station or a crossing) stands for whatever nodes it has.
 */
export function provinceNodeIds(nodes: readonly TransitNode[], provinceId: string): string[] {
  const own = nodes.filter((node) => node.provinceId === provinceId);
  const endpoints = own.filter((node) => PROVINCE_ENDPOINT_KINDS.has(node.kind));
  return (endpoints.length > 0 ? endpoints : own).map((node) => node.id);
}

export function summariseRouting(result: RoutingResult): CachedProvinceTransit {
  if (result.kind === 'no_route') return { routeFound: false, blockedLegs: result.blockedLegs };
  const byHours = [...result.routes].sort((a, b) => a.totals.hours - b.totals.hours);
  const byCost = [...result.routes].sort((a, b) => a.totals.usdPerTonne - b.totals.usdPerTonne);
  return {
    routeFound: true,
    fastest: byHours[0]!.totals,
    cheapest: byCost[0]!.totals,
    routeCount: result.routes.length,
  };
}
