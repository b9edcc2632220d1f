import type { RequestContext } from '../../../platform/context/request-context.ts';
import { legDistance } from '../routing/distance-estimate.ts';
import type { TransitLeg, TransitNetwork, TransitNode, TransitParameters } from '../model.ts';
import { parameterDefinition, toTransitParameters } from './parameters.ts';
import { createTransitRepository, type LegRow, type NodeRow, type ParameterRow } from '../repository.ts';

/** Everything a routing query needs, read in one go so that it sees one version of the network. */
export type LoadedNetwork = {
  version: number;
  network: TransitNetwork;
  parameters: TransitParameters;
  nodeRows: NodeRow[];
  legRows: LegRow[];
  parameterRows: ParameterRow[];
};

export function toNode(row: NodeRow): TransitNode {
  const { updatedAt: _updatedAt, ...node } = row;
  return node;
}

export function toLeg(row: LegRow): TransitLeg {
  const { updatedAt: _updatedAt, ...leg } = row;
  return leg;
}

export async function loadNetwork(context: RequestContext): Promise<LoadedNetwork> {
  const repo = createTransitRepository(context.db);
  const [version, nodeRows, legRows, parameterRows] = [
    await repo.networkVersion(),
    await repo.listNodes(),
    await repo.listLegs(),
    await repo.listParameters(),
  ];
  return {
    version,
    network: { nodes: nodeRows.map(toNode), legs: legRows.map(toLeg) },
    parameters: toTransitParameters(new Map(parameterRows.map((row) => [row.key, row.value]))),
    nodeRows,
    legRows,
    parameterRows,
  };
}

export function nodeView(row: NodeRow) {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function legView(row: LegRow, nodesById: ReadonlyMap<string, TransitNode>, parameters: TransitParameters) {
  return { ...row, distance: legDistance(toLeg(row), nodesById, parameters), updatedAt: row.updatedAt.toISOString() };
}

export function parameterView(row: ParameterRow) {
  const definition = parameterDefinition(row.key);
  if (!definition) throw new Error(`stored transit parameter ${row.key} has no definition`);
  const { key: _key, ...bounds } = definition;
  return { ...row, ...bounds, updatedAt: row.updatedAt.toISOString() };
}

export async function getNetwork(context: RequestContext) {
  const loaded = await loadNetwork(context);
  const nodesById = new Map(loaded.network.nodes.map((node) => [node.id, node]));
  return {
    version: loaded.version,
    nodes: loaded.nodeRows.map(nodeView),
    legs: loaded.legRows.map((leg) => legView(leg, nodesById, loaded.parameters)),
  };
}

export async function getParameters(context: RequestContext) {
  const repo = createTransitRepository(context.db);
  return { version: await repo.networkVersion(), parameters: (await repo.listParameters()).map(parameterView) };
}
