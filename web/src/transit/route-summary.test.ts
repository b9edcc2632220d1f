import { describe, expect, it } from 'vitest';
import type { TransitRoute } from '../api/types.ts';
import { summarizeRoutes } from './route-summary.ts';

const route = (hours: number, usdPerTonne: number, borders: number, co2KgPerTonne: number): TransitRoute => ({
  totals: { hours, usdPerTonne, borders, co2KgPerTonne, distanceKm: 1000, estimatedDistanceKm: 0 },
  steps: [],
  bestFor: [],
});

describe('a scenario column', () => {
  it('takes the best of each criterion, whichever route it comes from', () => {
    expect(summarizeRoutes([route(80, 82, 1, 47), route(122, 50, 1, 22), route(110, 67, 2, 31)])).toEqual({
      fastestHours: 80,
      cheapestUsdPerTonne: 50,
      fewestBorders: 1,
      lowestCo2KgPerTonne: 22,
      routeCount: 3,
    });
  });

  it('has nothing to sum up without routes', () => {
    expect(summarizeRoutes([])).toBeNull();
  });
});
