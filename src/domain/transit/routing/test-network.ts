import type { RouteQuery, TransitLeg, TransitMode, TransitNetwork, TransitNode, TransitParameters } from '../model.ts';

/** Factories for the routing tests: round numbers, so expected totals can be worked out by hand. */

const PER_MODE = <T>(rail: T, road: T, sea: T): Record<TransitMode, T> => ({ rail, road, sea });
const PER_CARGO = (usd: number) => ({ container: usd, bulk: usd, liquid: usd, reefer: usd * 2 });

export const TEST_PARAMETERS: TransitParameters = {
  speedKmh: PER_MODE(25, 50, 20),
  detourFactor: PER_MODE(1.2, 1.3, 1.1),
  costUsdPerTonneKm: PER_MODE(PER_CARGO(0.04), PER_CARGO(0.1), PER_CARGO(0.02)),
  co2GramsPerTonneKm: PER_MODE(20, 60, 10),
  portHandlingHours: 12,
  portHandlingUsdPerTonne: 5,
  railRoadTransferHours: 4,
  railRoadTransferUsdPerTonne: 3,
  gaugeChangeHours: 6,
  gaugeChangeUsdPerTonne: 2,
  landBorderDwellHours: 10,
  seaBorderDwellHours: 8,
  vesselDesignDraftM: 4.5,
  vesselMinimumDraftM: 3,
};

export function testNode(id: string, overrides: Partial<TransitNode> = {}): TransitNode {
  return {
    id,
    kind: 'city',
    countries: ['IR'],
    provinceId: null,
    names: { en: id },
    lat: 0,
    lon: 0,
    coordinatesAssumed: false,
    coordinatesNote: null,
    borderDwellHours: null,
    maxDraftM: null,
    note: null,
    ...overrides,
  };
}

/** A sourced, operational leg of 100 km unless told otherwise; its id is from-to-mode. */
export function testLeg(
  fromNodeId: string,
  toNodeId: string,
  mode: TransitMode,
  overrides: Partial<TransitLeg> = {},
): TransitLeg {
  return {
    id: `${fromNodeId}-${toNodeId}-${mode}`,
    fromNodeId,
    toNodeId,
    mode,
    status: 'operational',
    distanceKm: 100,
    distanceSource: 'test',
    greatCircleKm: null,
    crossesBorder: false,
    gaugeBreak: false,
    note: null,
    ...overrides,
  };
}

/** Nodes named by the legs are created as plain cities unless given. */
export function testNetwork(legs: TransitLeg[], nodes: TransitNode[] = []): TransitNetwork {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const leg of legs)
    for (const id of [leg.fromNodeId, leg.toNodeId]) if (!byId.has(id)) byId.set(id, testNode(id));
  return { nodes: [...byId.values()], legs };
}

export function testQuery(
  originNodeIds: string[],
  destinationNodeIds: string[],
  overrides: Partial<RouteQuery> = {},
): RouteQuery {
  return { originNodeIds, destinationNodeIds, cargo: 'container', month: 6, ...overrides };
}
