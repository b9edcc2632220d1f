import { describe, expect, it } from 'vitest';
import { compileRouteGraph, departureOfArc, type RouteGraph } from './route-graph.ts';
import { TEST_PARAMETERS, testLeg, testNetwork, testNode } from './test-network.ts';

const arcsOf = (graph: RouteGraph) =>
  Array.from(graph.arcTargets, (target, arc) => ({
    from: graph.nodes[departureOfArc(graph, arc)]!.id,
    to: graph.nodes[target]!.id,
    leg: graph.legs[graph.arcLegIndex[arc]!]!.id,
    hours: graph.arcHours[arc],
    usdPerTonne: graph.arcUsdPerTonne[arc],
  }));

describe('compileRouteGraph', () => {
  const ports = [testNode('anzali', { kind: 'port' }), testNode('aktau', { kind: 'port', countries: ['KZ'] })];
  const network = testNetwork(
    [
      testLeg('rasht', 'anzali', 'rail'),
      testLeg('anzali', 'aktau', 'sea', { distanceKm: 200 }),
      testLeg('rasht', 'astara', 'rail', { status: 'planned' }),
    ],
    ports,
  );

  it('makes every usable leg travelable both ways, grouped by departure node', () => {
    const graph = compileRouteGraph(network, TEST_PARAMETERS, [], 'container', 6);
    expect(
      arcsOf(graph)
        .map(({ from, to }) => `${from}>${to}`)
        .sort(),
    ).toEqual(['aktau>anzali', 'anzali>aktau', 'anzali>rasht', 'rasht>anzali']);
    for (let node = 0; node < graph.nodes.length; node++) {
      for (let arc = graph.arcOffsets[node]!; arc < graph.arcOffsets[node + 1]!; arc++)
        expect(departureOfArc(graph, arc)).toBe(node);
    }
  });

  it('leaves blocked legs out but keeps their reason for the no-route answer', () => {
    const graph = compileRouteGraph(network, TEST_PARAMETERS, [], 'container', 6);
    expect(arcsOf(graph).some(({ leg }) => leg === 'rasht-astara-rail')).toBe(false);
    expect(graph.legUsability[2]!.blocked).toBe('not_operational');
  });

  it('keeps blocked legs when asked to ignore blocks', () => {
    const graph = compileRouteGraph(
      network,
      TEST_PARAMETERS,
      [{ kind: 'close_leg', legId: 'rasht-anzali-rail' }],
      'container',
      6,
      { ignoreBlocks: true },
    );
    expect(graph.arcTargets.length).toBe(6);
    expect(graph.legUsability[0]!.blocked).toBe('closed_leg');
  });

  it('folds port handling at both ends into each direction of a sea leg', () => {
    const graph = compileRouteGraph(network, TEST_PARAMETERS, [], 'container', 6);
    const seaArcs = arcsOf(graph).filter(({ leg }) => leg === 'anzali-aktau-sea');
    expect(seaArcs.map(({ hours, usdPerTonne }) => [hours, usdPerTonne])).toEqual([
      [10 + 24, 4 + 10],
      [10 + 24, 4 + 10],
    ]);
  });

  it('refuses a leg whose end node is missing from the network', () => {
    const broken = { nodes: [testNode('a')], legs: [testLeg('a', 'nowhere', 'road')] };
    expect(() => compileRouteGraph(broken, TEST_PARAMETERS, [], 'container', 6)).toThrow(/nowhere/);
  });
});
