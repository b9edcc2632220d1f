import { describe, expect, it } from 'vitest';
import type { ParetoRoute, RouteQuery, RoutingResult, ScenarioChange, TransitLeg, TransitNode } from '../model.ts';
import { planRoutes } from './plan-routes.ts';
import { TEST_PARAMETERS, testLeg, testNetwork, testNode, testQuery } from './test-network.ts';

function plan(legs: TransitLeg[], query: RouteQuery, scenario: ScenarioChange[] = [], nodes: TransitNode[] = []) {
  return planRoutes(testNetwork(legs, nodes), TEST_PARAMETERS, scenario, query);
}

function routesOf(result: RoutingResult): ParetoRoute[] {
  if (result.kind !== 'routes') throw new Error(`expected routes, got ${JSON.stringify(result)}`);
  return result.routes;
}

const legIds = (route: ParetoRoute) => route.steps.map((step) => step.legId);
const penaltiesOf = (route: ParetoRoute) =>
  route.steps.flatMap((step) => step.penalties.map((penalty) => `${penalty.kind}@${penalty.nodeId}:${penalty.hours}h`));
const oToD = testQuery(['o'], ['d']);

describe('planRoutes: the Pareto set', () => {
  it('returns both a faster dearer route and a slower cheaper one, sorted by hours and tagged', () => {
    const routes = routesOf(plan([testLeg('o', 'd', 'rail'), testLeg('o', 'd', 'road')], oToD));
    expect(routes.map((route) => [legIds(route), route.totals.hours, route.totals.usdPerTonne, route.bestFor])).toEqual(
      [
        [['o-d-road'], 2, 10, ['fastest', 'fewest_borders']],
        [['o-d-rail'], 4, 4, ['cheapest', 'fewest_borders', 'lowest_co2']],
      ],
    );
  });

  it('leaves out a route another one beats in every criterion', () => {
    const routes = routesOf(
      plan([testLeg('o', 'd', 'road'), testLeg('o', 'x', 'road'), testLeg('x', 'd', 'road')], oToD),
    );
    expect(routes.map(legIds)).toEqual([['o-d-road']]);
  });

  it('keeps one of two routes with equal totals', () => {
    const routes = routesOf(plan([testLeg('o', 'd', 'road'), testLeg('o', 'd', 'road', { id: 'twin' })], oToD));
    expect(routes).toHaveLength(1);
  });

  it('keeps a route with an extra border when it saves time', () => {
    const slowDomestic = testLeg('o', 'd', 'road', { distanceKm: 1000 });
    const viaAbroad = testLeg('o', 'd', 'rail', { id: 'abroad', distanceKm: 100, crossesBorder: true });
    const routes = routesOf(plan([slowDomestic, viaAbroad], oToD));
    expect(routes.map((route) => [legIds(route), route.totals.borders, route.bestFor])).toEqual([
      [['abroad'], 1, ['fastest', 'cheapest', 'lowest_co2']],
      [['o-d-road'], 0, ['fewest_borders']],
    ]);
  });

  it('starts from whichever origin and ends at whichever destination gives a better trade-off', () => {
    const legs = [
      testLeg('o1', 'd1', 'rail'),
      testLeg('o2', 'd2', 'road'),
      testLeg('o1', 'd2', 'road', { distanceKm: 300 }),
    ];
    const routes = routesOf(plan(legs, testQuery(['o1', 'o2'], ['d1', 'd2'])));
    expect(routes.map((route) => [route.steps[0]!.fromNodeId, route.steps.at(-1)!.toNodeId])).toEqual([
      ['o2', 'd2'],
      ['o1', 'd1'],
    ]);
  });

  it('answers a route of zero steps when an origin is also a destination', () => {
    const routes = routesOf(plan([testLeg('o', 'd', 'road')], testQuery(['o', 'x'], ['d', 'o']), [], [testNode('x')]));
    expect(routes).toEqual([
      {
        steps: [],
        totals: { hours: 0, usdPerTonne: 0, borders: 0, co2KgPerTonne: 0, distanceKm: 0, estimatedDistanceKm: 0 },
        bestFor: ['fastest', 'cheapest', 'fewest_borders', 'lowest_co2'],
      },
    ]);
  });

  it('throws on a node id the network does not have', () => {
    expect(() => plan([testLeg('o', 'd', 'road')], testQuery(['o'], ['nowhere']))).toThrow(/nowhere/);
  });

  it('says when the label limits cut the search short', () => {
    const legs = [
      testLeg('o', 'x', 'rail'),
      testLeg('o', 'x', 'road'),
      testLeg('x', 'd', 'rail'),
      testLeg('x', 'd', 'road'),
    ];
    const result = planRoutes(testNetwork(legs), TEST_PARAMETERS, [], oToD, { maxLabelsPerState: 1, maxLabels: 3 });
    expect(result).toMatchObject({ kind: 'routes', approximate: true });
    expect(routesOf(plan(legs, oToD))).toHaveLength(2);
    expect(plan(legs, oToD)).not.toHaveProperty('approximate');
  });
});

describe('planRoutes: penalties on the steps', () => {
  it('changes gauge between two rail legs at the start of the gauge-break leg', () => {
    const route = routesOf(
      plan([testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'rail', { gaugeBreak: true })], oToD),
    )[0]!;
    expect(penaltiesOf(route)).toEqual(['gauge_change@x:6h']);
    expect(route.totals).toMatchObject({ hours: 4 + 6 + 4, usdPerTonne: 4 + 2 + 4 });
  });

  it('pays the transfer, not a gauge change, when the gauge-break rail leg is boarded from a lorry', () => {
    const route = routesOf(
      plan([testLeg('o', 'x', 'road'), testLeg('x', 'd', 'rail', { gaugeBreak: true })], oToD),
    )[0]!;
    expect(penaltiesOf(route)).toEqual(['rail_road_transfer@x:4h']);
    expect(route.totals.hours).toBe(2 + 4 + 4);
  });

  it('may shuttle the goods by lorry and back when a gauge change costs more than two transfers', () => {
    const slowGaugeChange = { ...TEST_PARAMETERS, gaugeChangeHours: 60 };
    const legs = [
      testLeg('o', 'u', 'rail'),
      testLeg('u', 'v', 'road', { distanceKm: 10 }),
      testLeg('u', 'd', 'rail', { gaugeBreak: true }),
    ];
    const fastest = routesOf(planRoutes(testNetwork(legs), slowGaugeChange, [], oToD))[0]!;
    expect(fastest.steps.map((step) => `${step.fromNodeId}>${step.toNodeId}`)).toEqual(['o>u', 'u>v', 'v>u', 'u>d']);
    expect(fastest.totals.hours).toBeCloseTo(4 + 4 + 0.2 + 0.2 + 4 + 4, 9);
  });

  it('pays a transfer from train to lorry', () => {
    const route = routesOf(plan([testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'road')], oToD))[0]!;
    expect(penaltiesOf(route)).toEqual(['rail_road_transfer@x:4h']);
  });

  it('counts a border and waits at the crossing for its own dwell rather than the default', () => {
    const astara = testNode('astara', { kind: 'border_crossing', countries: ['IR', 'AZ'], borderDwellHours: 30 });
    const route = routesOf(
      plan(
        [testLeg('o', 'astara', 'rail'), testLeg('astara', 'd', 'rail', { crossesBorder: true })],
        oToD,
        [],
        [astara],
      ),
    )[0]!;
    expect(penaltiesOf(route)).toEqual(['border_dwell@astara:30h']);
    expect(route.totals).toMatchObject({ borders: 1, hours: 4 + 30 + 4 });
  });

  it('waits the default land dwell on arrival when no crossing node has its own', () => {
    const route = routesOf(plan([testLeg('o', 'd', 'road', { crossesBorder: true })], oToD))[0]!;
    expect(penaltiesOf(route)).toEqual(['border_dwell@d:10h']);
  });

  it('loads and unloads at the ports of a sea leg, and clears customs on landing abroad', () => {
    const ports = [testNode('o', { kind: 'port' }), testNode('d', { kind: 'port', countries: ['RU'] })];
    const route = routesOf(
      plan([testLeg('o', 'd', 'sea', { distanceKm: 200, crossesBorder: true })], oToD, [], ports),
    )[0]!;
    expect(route).toEqual({
      totals: {
        hours: 10 + 12 + 8 + 12,
        usdPerTonne: 4 + 5 + 5,
        borders: 1,
        co2KgPerTonne: 2,
        distanceKm: 200,
        estimatedDistanceKm: 0,
      },
      steps: [
        {
          legId: 'o-d-sea',
          fromNodeId: 'o',
          toNodeId: 'd',
          mode: 'sea',
          distanceKm: 200,
          distanceEstimated: false,
          travelHours: 10,
          travelUsdPerTonne: 4,
          co2KgPerTonne: 2,
          crossesBorder: true,
          penalties: [
            { kind: 'port_loading', nodeId: 'o', hours: 12, usdPerTonne: 5 },
            { kind: 'border_dwell', nodeId: 'd', hours: 8, usdPerTonne: 0 },
            { kind: 'port_unloading', nodeId: 'd', hours: 12, usdPerTonne: 5 },
          ],
        },
      ],
      bestFor: ['fastest', 'cheapest', 'fewest_borders', 'lowest_co2'],
    });
  });

  it('describes a leg travelled against its stored direction from where the goods leave', () => {
    const step = routesOf(plan([testLeg('d', 'o', 'road')], oToD))[0]!.steps[0]!;
    expect([step.legId, step.fromNodeId, step.toNodeId]).toEqual(['d-o-road', 'o', 'd']);
  });

  it('flags estimated distances, stretched by the detour factor, and totals the estimated part', () => {
    const legs = [testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'rail', { distanceKm: null, greatCircleKm: 100 })];
    const route = routesOf(plan(legs, oToD))[0]!;
    expect(route.steps.map((step) => [step.distanceKm, step.distanceEstimated])).toEqual([
      [100, false],
      [expect.closeTo(120, 9), true],
    ]);
    expect(route.totals).toMatchObject({
      distanceKm: expect.closeTo(220, 9),
      estimatedDistanceKm: expect.closeTo(120, 9),
      hours: expect.closeTo(4 + 4.8, 9),
    });
  });
});

describe('planRoutes: blocks and scenarios', () => {
  const corridor = [testLeg('o', 'x', 'rail'), testLeg('x', 'd', 'rail')];

  it('names a closed leg on the way when no route is left', () => {
    expect(plan(corridor, oToD, [{ kind: 'close_leg', legId: 'x-d-rail' }])).toEqual({
      kind: 'no_route',
      blockedLegs: [{ legId: 'x-d-rail', reason: 'closed_leg' }],
    });
  });

  it('names every leg a closed node cuts on the way', () => {
    expect(plan(corridor, oToD, [{ kind: 'close_node', nodeId: 'x' }])).toEqual({
      kind: 'no_route',
      blockedLegs: [
        { legId: 'o-x-rail', reason: 'closed_node' },
        { legId: 'x-d-rail', reason: 'closed_node' },
      ],
    });
  });

  const ports = [testNode('o', { kind: 'port' }), testNode('d', { kind: 'port' })];
  const voyage = [testLeg('o', 'd', 'sea', { distanceKm: 200 })];

  it('stops ships at a seasonally closed port only in its months', () => {
    const winter: ScenarioChange[] = [{ kind: 'seasonal_closure', nodeId: 'd', months: [12, 1, 2] }];
    expect(plan(voyage, testQuery(['o'], ['d'], { month: 1 }), winter, ports)).toEqual({
      kind: 'no_route',
      blockedLegs: [{ legId: 'o-d-sea', reason: 'seasonal_closure' }],
    });
    expect(plan(voyage, testQuery(['o'], ['d'], { month: 3 }), winter, ports).kind).toBe('routes');
  });

  it('blocks a sea leg to a port shallower than the smallest vessel', () => {
    expect(plan(voyage, oToD, [{ kind: 'draft_limit', nodeId: 'd', maxDraftM: 2.5 }], ports)).toEqual({
      kind: 'no_route',
      blockedLegs: [{ legId: 'o-d-sea', reason: 'draft_limit' }],
    });
  });

  it('raises the sea freight by design draft over the limit when ships must sail part-loaded', () => {
    const route = routesOf(plan(voyage, oToD, [{ kind: 'draft_limit', nodeId: 'd', maxDraftM: 3.6 }], ports))[0]!;
    expect(route.steps[0]!.travelUsdPerTonne).toBeCloseTo(4 * (4.5 / 3.6), 9);
    expect(route.totals.usdPerTonne).toBeCloseTo(4 * 1.25 + 10, 9);
  });

  it('uses a planned leg only when the scenario opens it, and names it otherwise', () => {
    const planned = [testLeg('o', 'd', 'rail', { status: 'planned' })];
    expect(plan(planned, oToD)).toEqual({
      kind: 'no_route',
      blockedLegs: [{ legId: 'o-d-rail', reason: 'not_operational' }],
    });
    expect(routesOf(plan(planned, oToD, [{ kind: 'open_leg', legId: 'o-d-rail' }])).map(legIds)).toEqual([
      ['o-d-rail'],
    ]);
  });

  it('explains a missing route by the fastest path with every block lifted', () => {
    const legs = [
      testLeg('o', 'd', 'road', { id: 'fast-closed' }),
      testLeg('o', 'd', 'rail', { id: 'slow-planned', status: 'planned' }),
    ];
    expect(plan(legs, oToD, [{ kind: 'close_leg', legId: 'fast-closed' }])).toEqual({
      kind: 'no_route',
      blockedLegs: [{ legId: 'fast-closed', reason: 'closed_leg' }],
    });
  });

  it('lists no blocked legs when the nodes are not connected at all', () => {
    expect(plan([testLeg('o', 'x', 'road'), testLeg('y', 'd', 'road')], oToD)).toEqual({
      kind: 'no_route',
      blockedLegs: [],
    });
  });
});
