import { describe, expect, it } from 'vitest';
import { fixedPenalties, transitionPenalty, travelCost } from './route-costs.ts';
import { TEST_PARAMETERS, testNode } from './test-network.ts';

describe('travelCost', () => {
  it('prices time, money and emissions by distance, with the sea cost factor on money only', () => {
    expect(travelCost(200, 'sea', 'container', 1.5, TEST_PARAMETERS)).toEqual({
      hours: 10,
      usdPerTonne: 200 * 0.02 * 1.5,
      co2KgPerTonne: 2,
    });
  });

  it('uses the tariff of the cargo type', () => {
    expect(travelCost(100, 'road', 'reefer', 1, TEST_PARAMETERS).usdPerTonne).toBeCloseTo(20, 12);
  });
});

describe('fixedPenalties', () => {
  const port = (id: string) => testNode(id, { kind: 'port' });

  it('loads at the departure port and unloads at the arrival port of a sea leg', () => {
    expect(
      fixedPenalties(
        { mode: 'sea', crossesBorder: false, departure: port('anzali'), arrival: port('astrakhan') },
        TEST_PARAMETERS,
      ),
    ).toEqual([
      { kind: 'port_loading', nodeId: 'anzali', hours: 12, usdPerTonne: 5 },
      { kind: 'port_unloading', nodeId: 'astrakhan', hours: 12, usdPerTonne: 5 },
    ]);
  });

  it('waits at the border crossing node for its own dwell, whichever way the leg is travelled', () => {
    const astara = testNode('astara', { kind: 'border_crossing', countries: ['IR', 'AZ'], borderDwellHours: 30 });
    const baku = testNode('baku');
    const expected = [{ kind: 'border_dwell', nodeId: 'astara', hours: 30, usdPerTonne: 0 }];
    expect(
      fixedPenalties({ mode: 'rail', crossesBorder: true, departure: astara, arrival: baku }, TEST_PARAMETERS),
    ).toEqual(expected);
    expect(
      fixedPenalties({ mode: 'rail', crossesBorder: true, departure: baku, arrival: astara }, TEST_PARAMETERS),
    ).toEqual(expected);
  });

  it('falls back to the land default at a crossing without its own dwell, and to the sea default on arrival by ship', () => {
    const crossing = testNode('crossing', { kind: 'border_crossing' });
    expect(
      fixedPenalties(
        { mode: 'road', crossesBorder: true, departure: testNode('town'), arrival: crossing },
        TEST_PARAMETERS,
      ),
    ).toEqual([{ kind: 'border_dwell', nodeId: 'crossing', hours: 10, usdPerTonne: 0 }]);
    expect(
      fixedPenalties(
        { mode: 'sea', crossesBorder: true, departure: port('anzali'), arrival: port('aktau') },
        TEST_PARAMETERS,
      ).map((penalty) => [penalty.kind, penalty.nodeId, penalty.hours]),
    ).toEqual([
      ['port_loading', 'anzali', 12],
      ['border_dwell', 'aktau', 8],
      ['port_unloading', 'aktau', 12],
    ]);
  });

  it('charges nothing on a domestic land leg', () => {
    expect(
      fixedPenalties(
        { mode: 'rail', crossesBorder: false, departure: testNode('a'), arrival: testNode('b') },
        TEST_PARAMETERS,
      ),
    ).toEqual([]);
  });
});

describe('transitionPenalty', () => {
  it('changes gauge when a gauge-break rail leg follows a rail leg', () => {
    expect(transitionPenalty('rail', 'rail', true, 'astara', TEST_PARAMETERS)).toEqual({
      kind: 'gauge_change',
      nodeId: 'astara',
      hours: 6,
      usdPerTonne: 2,
    });
  });

  it('charges only the transfer, not a gauge change, when the gauge-break leg is boarded from a lorry', () => {
    expect(transitionPenalty('road', 'rail', true, 'astara', TEST_PARAMETERS)).toEqual({
      kind: 'rail_road_transfer',
      nodeId: 'astara',
      hours: 4,
      usdPerTonne: 3,
    });
  });

  it('charges a transfer between rail and road both ways', () => {
    expect(transitionPenalty('rail', 'road', false, 'rasht', TEST_PARAMETERS)?.kind).toBe('rail_road_transfer');
    expect(transitionPenalty('road', 'rail', false, 'rasht', TEST_PARAMETERS)?.kind).toBe('rail_road_transfer');
  });

  it('charges nothing at the origin, on the same mode, or to and from a ship (port handling covers it)', () => {
    expect(transitionPenalty(null, 'rail', true, 'a', TEST_PARAMETERS)).toBeNull();
    expect(transitionPenalty('rail', 'rail', false, 'a', TEST_PARAMETERS)).toBeNull();
    expect(transitionPenalty('road', 'road', false, 'a', TEST_PARAMETERS)).toBeNull();
    expect(transitionPenalty('sea', 'rail', true, 'a', TEST_PARAMETERS)).toBeNull();
    expect(transitionPenalty('rail', 'sea', false, 'a', TEST_PARAMETERS)).toBeNull();
  });
});
