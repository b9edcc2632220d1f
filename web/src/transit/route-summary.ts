import type { TransitRoute } from '../api/types.ts';

/** The best figure on each criterion over a set of Pareto routes: one column of a scenario comparison. */
export type RouteSummary = {
  fastestHours: number;
  cheapestUsdPerTonne: number;
  fewestBorders: number;
  lowestCo2KgPerTonne: number;
  routeCount: number;
};

/** Null when there is no route to sum up. Each best may come from a different route: that is the trade-off. */
export function summarizeRoutes(routes: readonly TransitRoute[]): RouteSummary | null {
  if (routes.length === 0) return null;
  const lowest = (pick: (route: TransitRoute) => number) => Math.min(...routes.map(pick));
  return {
    fastestHours: lowest((route) => route.totals.hours),
    cheapestUsdPerTonne: lowest((route) => route.totals.usdPerTonne),
    fewestBorders: lowest((route) => route.totals.borders),
    lowestCo2KgPerTonne: lowest((route) => route.totals.co2KgPerTonne),
    routeCount: routes.length,
  };
}
