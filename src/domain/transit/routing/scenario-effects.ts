import type { BlockReason, ScenarioChange, TransitLeg, TransitNetwork, TransitParameters } from '../model.ts';

export type LegUsability = {
  readonly blocked: BlockReason | null;
  /** Multiplies a sea leg's travel cost per tonne: a shallow port forces ships to sail part-loaded. */
  readonly seaCostFactor: number;
};

/** Shared by every leg nothing touches, which is nearly all of them: 400,000 legs need not mean 400,000 objects. */
const FREELY_USABLE: LegUsability = Object.freeze({ blocked: null, seaCostFactor: 1 });

type ScenarioIndex = {
  openedLegIds: ReadonlySet<string>;
  closedLegIds: ReadonlySet<string>;
  closedNodeIds: ReadonlySet<string>;
  seasonallyClosedNodeIds: ReadonlySet<string>;
  /** The tightest of a port's own draft and every scenario limit on it. */
  draftLimitMByNodeId: ReadonlyMap<string, number>;
};

/** Per leg of `network.legs` (same order): whether a query in `month` may use it, and at what sea cost. */
export function assessLegs(
  network: TransitNetwork,
  parameters: TransitParameters,
  scenario: readonly ScenarioChange[],
  month: number,
): LegUsability[] {
  const index = indexScenario(network, scenario, month);
  return network.legs.map((leg) => {
    const draftLimitM = tightestDraftLimitM(leg, index);
    const blocked = findBlockReason(leg, index, draftLimitM, parameters);
    const factor = seaCostFactor(leg, draftLimitM, parameters);
    return blocked === null && factor === 1 ? FREELY_USABLE : { blocked, seaCostFactor: factor };
  });
}

function indexScenario(network: TransitNetwork, scenario: readonly ScenarioChange[], month: number): ScenarioIndex {
  const openedLegIds = new Set<string>();
  const closedLegIds = new Set<string>();
  const closedNodeIds = new Set<string>();
  const seasonallyClosedNodeIds = new Set<string>();
  const draftLimitMByNodeId = new Map<string, number>();
  const tightenDraft = (nodeId: string, limitM: number) =>
    draftLimitMByNodeId.set(nodeId, Math.min(limitM, draftLimitMByNodeId.get(nodeId) ?? Infinity));
  for (const node of network.nodes) if (node.maxDraftM !== null) tightenDraft(node.id, node.maxDraftM);
  for (const change of scenario) {
    if (change.kind === 'open_leg') openedLegIds.add(change.legId);
    else if (change.kind === 'close_leg') closedLegIds.add(change.legId);
    else if (change.kind === 'close_node') closedNodeIds.add(change.nodeId);
    else if (change.kind === 'seasonal_closure' && change.months.includes(month))
      seasonallyClosedNodeIds.add(change.nodeId);
    else if (change.kind === 'draft_limit') tightenDraft(change.nodeId, change.maxDraftM);
  }
  return { openedLegIds, closedLegIds, closedNodeIds, seasonallyClosedNodeIds, draftLimitMByNodeId };
}

const touchesAny = (leg: TransitLeg, nodeIds: ReadonlySet<string>) =>
  nodeIds.has(leg.fromNodeId) || nodeIds.has(leg.toNodeId);

/**
 * One reason per leg, the most lasting first: a leg that is not built yet stays unusable whatever
 * else a scenario closes, so "not_operational" tells the planner more than a closure would.
 */
function findBlockReason(
  leg: TransitLeg,
  index: ScenarioIndex,
  draftLimitM: number,
  parameters: TransitParameters,
): BlockReason | null {
  if (leg.status !== 'operational' && !index.openedLegIds.has(leg.id)) return 'not_operational';
  if (index.closedLegIds.has(leg.id)) return 'closed_leg';
  if (touchesAny(leg, index.closedNodeIds)) return 'closed_node';
  // A seasonal closure is ice or storms at a port: ships stop calling, lorries and trains still reach it.
  if (leg.mode === 'sea' && touchesAny(leg, index.seasonallyClosedNodeIds)) return 'seasonal_closure';
  if (leg.mode === 'sea' && draftLimitM < parameters.vesselMinimumDraftM) return 'draft_limit';
  return null;
}

/** Draft limits only matter to ships, so land legs report no limit. */
function tightestDraftLimitM(leg: TransitLeg, index: ScenarioIndex): number {
  if (leg.mode !== 'sea') return Infinity;
  const limits = index.draftLimitMByNodeId;
  return Math.min(limits.get(leg.fromNodeId) ?? Infinity, limits.get(leg.toNodeId) ?? Infinity);
}

/** A ship loaded to `limit` instead of its design draft carries roughly that share of its cargo, so each tonne pays the inverse share. */
function seaCostFactor(leg: TransitLeg, draftLimitM: number, parameters: TransitParameters): number {
  if (leg.mode !== 'sea' || draftLimitM >= parameters.vesselDesignDraftM) return 1;
  return parameters.vesselDesignDraftM / draftLimitM;
}
