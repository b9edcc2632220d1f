import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRANSIT_MODES,
  type TransitLeg,
  type TransitNetwork,
  type TransitNode,
  type TransitParameters,
} from '../model.ts';
import { findParetoPaths } from './pareto-search.ts';
import { compileRouteGraph } from './route-graph.ts';
import { findFastestPath } from './shortest-path.ts';
import { TEST_PARAMETERS, testLeg, testNetwork, testNode } from './test-network.ts';

type Criteria = [hours: number, usdPerTonne: number, borders: number, co2KgPerTonne: number];

const TOLERANCE = 1e-6;
const weaklyDominates = (a: Criteria, b: Criteria) => a.every((value, index) => value <= b[index]! + TOLERANCE);
const strictlyDominates = (a: Criteria, b: Criteria) =>
  weaklyDominates(a, b) && a.some((value, index) => value < b[index]! - TOLERANCE);

/**
 * The totals of a path worked out from the rules as stated in the brief, independently of the
 * engine's code, to check its answers against brute force.
 */
function priceByHand(
  network: TransitNetwork,
  p: TransitParameters,
  path: readonly { leg: TransitLeg; from: string; to: string }[],
): Criteria {
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const totals: Criteria = [0, 0, 0, 0];
  path.forEach(({ leg, from, to }, position) => {
    const previous = path[position - 1]?.leg.mode;
    const km = leg.distanceKm!;
    totals[0] += km / p.speedKmh[leg.mode];
    totals[1] += km * p.costUsdPerTonneKm[leg.mode].container;
    totals[3] += (km * p.co2GramsPerTonneKm[leg.mode]) / 1000;
    if (leg.mode === 'sea')
      [totals[0], totals[1]] = [totals[0] + 2 * p.portHandlingHours, totals[1] + 2 * p.portHandlingUsdPerTonne];
    if ((previous === 'rail' && leg.mode === 'road') || (previous === 'road' && leg.mode === 'rail'))
      [totals[0], totals[1]] = [totals[0] + p.railRoadTransferHours, totals[1] + p.railRoadTransferUsdPerTonne];
    if (previous === 'rail' && leg.mode === 'rail' && leg.gaugeBreak)
      [totals[0], totals[1]] = [totals[0] + p.gaugeChangeHours, totals[1] + p.gaugeChangeUsdPerTonne];
    if (!leg.crossesBorder) return;
    totals[2] += 1;
    const crossing = [nodes.get(from)!, nodes.get(to)!].find((node) => node.kind === 'border_crossing');
    totals[0] += crossing?.borderDwellHours ?? (leg.mode === 'sea' ? p.seaBorderDwellHours : p.landBorderDwellHours);
  });
  return totals;
}

/** Every route without a repeated node from an origin to the first destination it meets. */
function allSimplePaths(network: TransitNetwork, origins: string[], destinations: string[]) {
  const found: { leg: TransitLeg; from: string; to: string }[][] = [];
  const walk = (node: string, visited: Set<string>, path: { leg: TransitLeg; from: string; to: string }[]) => {
    if (destinations.includes(node)) return void found.push(path);
    for (const leg of network.legs) {
      const next = leg.fromNodeId === node ? leg.toNodeId : leg.toNodeId === node ? leg.fromNodeId : null;
      if (next === null || visited.has(next)) continue;
      walk(next, new Set([...visited, next]), [...path, { leg, from: node, to: next }]);
    }
  };
  for (const origin of origins) walk(origin, new Set([origin]), []);
  return found;
}

const NODE_COUNT = 6;
const nodeIds = Array.from({ length: NODE_COUNT }, (_, index) => `n${index}`);

const arbitraryNetwork = fc
  .record({
    crossings: fc.array(fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }), {
      minLength: NODE_COUNT,
      maxLength: NODE_COUNT,
    }),
    isCrossing: fc.array(fc.boolean(), { minLength: NODE_COUNT, maxLength: NODE_COUNT }),
    legs: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: NODE_COUNT - 1 }),
        to: fc.integer({ min: 0, max: NODE_COUNT - 1 }),
        mode: fc.constantFrom(...TRANSIT_MODES),
        km: fc.integer({ min: 10, max: 400 }),
        crossesBorder: fc.boolean(),
        gaugeBreak: fc.boolean(),
      }),
      { minLength: 3, maxLength: 11 },
    ),
  })
  .map(({ crossings, isCrossing, legs }) => {
    const nodes: TransitNode[] = nodeIds.map((id, index) =>
      testNode(id, isCrossing[index] ? { kind: 'border_crossing', borderDwellHours: crossings[index]! } : {}),
    );
    const transitLegs = legs
      .filter(({ from, to }) => from !== to)
      .map(({ from, to, mode, km, crossesBorder, gaugeBreak }, index) =>
        testLeg(`n${from}`, `n${to}`, mode, {
          id: `leg${index}`,
          distanceKm: km,
          crossesBorder,
          gaugeBreak: mode === 'rail' && gaugeBreak,
        }),
      );
    return testNetwork(transitLegs, nodes);
  });

/** Penalties drawn freely, so a gauge change may cost more than two transfers and a detour by lorry can pay. */
const arbitraryParameters = fc
  .record({
    railRoadTransferHours: fc.integer({ min: 0, max: 20 }),
    railRoadTransferUsdPerTonne: fc.integer({ min: 0, max: 10 }),
    gaugeChangeHours: fc.integer({ min: 0, max: 60 }),
    gaugeChangeUsdPerTonne: fc.integer({ min: 0, max: 20 }),
    portHandlingHours: fc.integer({ min: 0, max: 24 }),
  })
  .map((penalties): TransitParameters => ({ ...TEST_PARAMETERS, ...penalties }));

const arbitraryEnds = fc
  .shuffledSubarray(nodeIds, { minLength: 2, maxLength: 4 })
  .chain((ends) =>
    fc
      .integer({ min: 1, max: ends.length - 1 })
      .map((split) => ({ origins: ends.slice(0, split), destinations: ends.slice(split) })),
  );

describe('findParetoPaths', () => {
  it('on random small networks and penalties returns exactly the non-dominated trade-offs, the fastest matching Dijkstra', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork,
        arbitraryParameters,
        arbitraryEnds,
        (network, parameters, { origins, destinations }) => {
          const graph = compileRouteGraph(network, parameters, [], 'container', 6);
          const indices = (ids: string[]) => ids.map((id) => graph.nodeIndexById.get(id)!);
          const { paths, capped } = findParetoPaths(graph, indices(origins), indices(destinations));
          const returned = paths.map(
            (path): Criteria => [path.hours, path.usdPerTonne, path.borders, path.co2KgPerTonne],
          );
          const everyPath = allSimplePaths(network, origins, destinations).map((path) =>
            priceByHand(network, parameters, path),
          );
          const fastest = findFastestPath(graph, indices(origins), indices(destinations));

          expect(capped).toBe(false);
          for (const route of returned) expect(returned.some((other) => strictlyDominates(other, route))).toBe(false);
          for (const [index, route] of returned.entries())
            expect(
              returned.slice(index + 1).some((other) => weaklyDominates(other, route) && weaklyDominates(route, other)),
            ).toBe(false);
          for (const candidate of everyPath)
            expect(returned.some((route) => weaklyDominates(route, candidate))).toBe(true);
          for (const route of returned)
            expect(everyPath.some((candidate) => strictlyDominates(candidate, route))).toBe(false);
          if (fastest === null) expect(returned).toEqual([]);
          else expect(returned[0]![0]).toBeCloseTo(fastest.hours, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out a route found first whose hours differ from a cheaper one only by rounding', () => {
    // fast-check's counterexample (seed 1705885014): 98.16 and 98.16000000000001 hours, 40.64 and 31.92 USD/t.
    const nodes = nodeIds.map((id) =>
      testNode(id, id === 'n3' ? { kind: 'border_crossing', borderDwellHours: 18 } : {}),
    );
    const leg = (from: string, to: string, mode: TransitLeg['mode'], km: number, crosses: boolean, gauge: boolean) =>
      testLeg(from, to, mode, {
        id: `${from}-${to}-${mode}`,
        distanceKm: km,
        crossesBorder: crosses,
        gaugeBreak: gauge,
      });
    const network = testNetwork(
      [
        leg('n0', 'n3', 'rail', 282, false, false),
        leg('n1', 'n4', 'road', 78, false, false),
        leg('n1', 'n4', 'rail', 37, false, true),
        leg('n3', 'n0', 'sea', 184, true, false),
        leg('n4', 'n3', 'rail', 125, true, true),
        leg('n0', 'n5', 'sea', 208, false, false),
      ],
      nodes,
    );
    const parameters: TransitParameters = {
      ...TEST_PARAMETERS,
      railRoadTransferHours: 0,
      railRoadTransferUsdPerTonne: 0,
      gaugeChangeHours: 17,
      gaugeChangeUsdPerTonne: 0,
      portHandlingHours: 9,
    };
    const graph = compileRouteGraph(network, parameters, [], 'container', 6);
    const indices = (ids: string[]) => ids.map((id) => graph.nodeIndexById.get(id)!);
    const returned = findParetoPaths(graph, indices(['n5']), indices(['n2', 'n1'])).paths.map(
      (path): Criteria => [path.hours, path.usdPerTonne, path.borders, path.co2KgPerTonne],
    );
    expect(returned.length).toBeGreaterThan(1);
    for (const route of returned) expect(returned.some((other) => strictlyDominates(other, route))).toBe(false);
  });

  it('prices each returned path as the sum of its arcs and vehicle changes', () => {
    const network = testNetwork(
      [testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'road'), testLeg('o', 'd', 'sea', { distanceKm: 300 })],
      [testNode('o', { kind: 'port' }), testNode('d', { kind: 'port' })],
    );
    const graph = compileRouteGraph(network, TEST_PARAMETERS, [], 'container', 6);
    const { paths } = findParetoPaths(graph, [graph.nodeIndexById.get('o')!], [graph.nodeIndexById.get('d')!]);
    expect(paths.map((path) => [path.hours, path.usdPerTonne, path.borders, path.co2KgPerTonne])).toEqual([
      [4 + 4 + 2, 4 + 3 + 10, 0, 2 + 6],
      [15 + 24, 6 + 10, 0, 3],
    ]);
  });
});
