import { describe, expect, it } from 'vitest';
import type { ScenarioChange, TransitLeg } from '../model.ts';
import { assessLegs } from './scenario-effects.ts';
import { TEST_PARAMETERS, testLeg, testNetwork, testNode } from './test-network.ts';

const anzali = testNode('anzali', { kind: 'port' });
const astrakhan = testNode('astrakhan', { kind: 'port', countries: ['RU'] });
const rasht = testNode('rasht');

function assess(leg: TransitLeg, scenario: ScenarioChange[], month = 6, nodes = [anzali, astrakhan, rasht]) {
  return assessLegs(testNetwork([leg], nodes), TEST_PARAMETERS, scenario, month)[0]!;
}

const seaLeg = testLeg('anzali', 'astrakhan', 'sea');
const railLeg = testLeg('rasht', 'anzali', 'rail');

describe('assessLegs', () => {
  it('lets an operational leg through at full sea cost when nothing is changed', () => {
    expect(assess(seaLeg, [])).toEqual({ blocked: null, seaCostFactor: 1 });
  });

  it('blocks a planned or unfinished leg unless the scenario opens it', () => {
    const planned = testLeg('rasht', 'anzali', 'rail', { status: 'planned' });
    expect(assess(planned, []).blocked).toBe('not_operational');
    expect(assess(testLeg('rasht', 'anzali', 'rail', { status: 'under_construction' }), []).blocked).toBe(
      'not_operational',
    );
    expect(assess(planned, [{ kind: 'open_leg', legId: planned.id }]).blocked).toBeNull();
  });

  it('blocks a closed leg and every leg touching a closed node', () => {
    expect(assess(seaLeg, [{ kind: 'close_leg', legId: seaLeg.id }]).blocked).toBe('closed_leg');
    expect(assess(seaLeg, [{ kind: 'close_node', nodeId: 'astrakhan' }]).blocked).toBe('closed_node');
    expect(assess(railLeg, [{ kind: 'close_node', nodeId: 'astrakhan' }]).blocked).toBeNull();
  });

  it('blocks sea legs at a seasonally closed port only in the closure months, and never its land legs', () => {
    const iceAtAstrakhan: ScenarioChange[] = [{ kind: 'seasonal_closure', nodeId: 'astrakhan', months: [12, 1, 2] }];
    expect(assess(seaLeg, iceAtAstrakhan, 1).blocked).toBe('seasonal_closure');
    expect(assess(seaLeg, iceAtAstrakhan, 6).blocked).toBeNull();
    const roadToAstrakhan = testLeg('rasht', 'astrakhan', 'road');
    expect(assess(roadToAstrakhan, iceAtAstrakhan, 1).blocked).toBeNull();
  });

  it('blocks sea legs at a port whose draft is below the minimum vessel draft, but not land legs there', () => {
    const shallow: ScenarioChange[] = [{ kind: 'draft_limit', nodeId: 'anzali', maxDraftM: 2.5 }];
    expect(assess(seaLeg, shallow).blocked).toBe('draft_limit');
    expect(assess(railLeg, shallow)).toEqual({ blocked: null, seaCostFactor: 1 });
  });

  it('raises the sea cost by design draft over the tightest limit of either end when the draft is between minimum and design', () => {
    const limits: ScenarioChange[] = [
      { kind: 'draft_limit', nodeId: 'anzali', maxDraftM: 4 },
      { kind: 'draft_limit', nodeId: 'astrakhan', maxDraftM: 3.6 },
    ];
    expect(assess(seaLeg, limits)).toEqual({ blocked: null, seaCostFactor: 4.5 / 3.6 });
  });

  it("counts a port's own maximum draft as a limit, and a scenario can only tighten it", () => {
    const shallowAstrakhan = testNode('astrakhan', { kind: 'port', maxDraftM: 3.75 });
    expect(assess(seaLeg, [], 6, [anzali, shallowAstrakhan]).seaCostFactor).toBeCloseTo(4.5 / 3.75, 12);
    expect(
      assess(seaLeg, [{ kind: 'draft_limit', nodeId: 'astrakhan', maxDraftM: 4.2 }], 6, [anzali, shallowAstrakhan])
        .seaCostFactor,
    ).toBeCloseTo(4.5 / 3.75, 12);
    expect(assess(seaLeg, [], 6, [anzali, testNode('astrakhan', { maxDraftM: 2 })]).blocked).toBe('draft_limit');
  });

  it('names the leg not being built before any closure on it', () => {
    const planned = testLeg('anzali', 'astrakhan', 'sea', { status: 'planned' });
    expect(assess(planned, [{ kind: 'close_node', nodeId: 'anzali' }]).blocked).toBe('not_operational');
  });
});
