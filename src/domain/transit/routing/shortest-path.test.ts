import { describe, expect, it } from 'vitest';
import { compileRouteGraph, type RouteGraph } from './route-graph.ts';
import { findFastestPath } from './shortest-path.ts';
import { TEST_PARAMETERS, testLeg, testNetwork } from './test-network.ts';
import type { TransitNetwork } from '../model.ts';

function fastest(network: TransitNetwork, origins: string[], destinations: string[]) {
  const graph = compileRouteGraph(network, TEST_PARAMETERS, [], 'container', 6);
  const indices = (ids: string[]) => ids.map((id) => graph.nodeIndexById.get(id)!);
  const path = findFastestPath(graph, indices(origins), indices(destinations));
  return path && { hours: path.hours, legs: path.arcs.map((arc) => legIdOf(graph, arc)) };
}

const legIdOf = (graph: RouteGraph, arc: number) => graph.legs[graph.arcLegIndex[arc]!]!.id;

describe('findFastestPath', () => {
  it('arrives by rail where the next leg is rail, though the lorry reaches that node sooner', () => {
    // Road reaches x in 2 h but then pays the 4 h transfer: 2 + 4 + 4 = 10 h against 4 + 4 = 8 h by rail throughout.
    const network = testNetwork([testLeg('o', 'x', 'road'), testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'rail')]);
    expect(fastest(network, ['o'], ['d'])).toEqual({ hours: 8, legs: ['o-x-rail', 'x-d-rail'] });
  });

  it('travels legs against their stored direction', () => {
    expect(fastest(testNetwork([testLeg('d', 'o', 'road')]), ['o'], ['d'])).toEqual({ hours: 2, legs: ['d-o-road'] });
  });

  it('starts at the best origin and stops at the nearest destination', () => {
    const network = testNetwork([
      testLeg('far', 'd1', 'road', { distanceKm: 500 }),
      testLeg('near', 'd2', 'road', { distanceKm: 50 }),
      testLeg('near', 'd1', 'road', { distanceKm: 400 }),
    ]);
    expect(fastest(network, ['far', 'near'], ['d1', 'd2'])).toEqual({ hours: 1, legs: ['near-d2-road'] });
  });

  it('finds nothing between nodes that are not connected', () => {
    expect(fastest(testNetwork([testLeg('o', 'x', 'road'), testLeg('y', 'd', 'road')]), ['o'], ['d'])).toBeNull();
  });
});
