import type { Actor } from '../../../platform/identity/actor.ts';
import { can } from '../../../platform/identity/permissions.ts';
import type { ScenarioChange, TransitNetwork, TransitParameters } from '../model.ts';
import { assessLegs } from '../routing/scenario-effects.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * A scenario without an owner is shared (the platform's, or one the secretariat shared) and everyone
 * may see it; any other is its owner's and the secretariat's alone.
 */
export function canSeeScenario(actor: Actor | null, ownerUserId: string | null): boolean {
  return ownerUserId === null || can(actor, 'transit_scenario.read', { ownerUserId });
}

/** The first leg or node a scenario names that the network does not have, if any. */
export function unknownReference(network: TransitNetwork, changes: readonly ScenarioChange[]): string | null {
  const legIds = new Set(network.legs.map((leg) => leg.id));
  const nodeIds = new Set(network.nodes.map((node) => node.id));
  for (const change of changes) {
    const id = 'legId' in change ? change.legId : change.nodeId;
    if (!('legId' in change ? legIds : nodeIds).has(id)) return id;
  }
  return null;
}

/**
 * True when, in some month, the scenario leaves no leg usable: such a scenario answers every
 * question with "no route" and is almost certainly a mistake.
 */
export function closesEverything(
  network: TransitNetwork,
  parameters: TransitParameters,
  changes: readonly ScenarioChange[],
): boolean {
  return MONTHS.some((month) => assessLegs(network, parameters, changes, month).every((leg) => leg.blocked !== null));
}
