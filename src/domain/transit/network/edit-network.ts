import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../../platform/context/request-context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { MessageParams } from '../../../platform/errors/message-params.ts';
import { requirePermission } from '../../../platform/identity/permissions.ts';
import { provinceExists } from '../../provinces/service.ts';
import { greatCircleKm } from '../routing/distance-estimate.ts';
import { legView, loadNetwork, nodeView, parameterView } from './network.ts';
import { draftsAreConsistent, isWithinBounds, parameterDefinition } from './parameters.ts';
import { createTransitRepository, type NodeRow, type TransitRepository } from '../repository.ts';
import type {
  CreateLegRequest,
  CreateNodeRequest,
  UpdateLegRequest,
  UpdateNodeRequest,
  UpdateParameterRequest,
} from '../schema.ts';

/** Every edit moves the network version on in its own transaction, which invalidates cached answers. */
async function editNetwork<T>(context: WriteContext, work: (repo: TransitRepository) => Promise<T>): Promise<T> {
  requirePermission(context.actor, 'transit.manage');
  const repo = createTransitRepository(context.db);
  await repo.bumpVersion(context.now);
  return work(repo);
}

async function assertProvince(context: WriteContext, provinceId: string | null): Promise<void> {
  if (provinceId !== null && !(await provinceExists(context, provinceId)))
    throw new AppError('province_not_found', { id: provinceId }, { field: 'provinceId' });
}

export function createNode(context: WriteContext, body: z.output<typeof CreateNodeRequest>) {
  return editNetwork(context, async (repo) => {
    await assertProvince(context, body.provinceId);
    const node = await repo.insertNode({ ...body, updatedAt: context.now });
    if (!node) throw new AppError('transit_node_exists', { id: body.id }, { field: 'id' });
    await recordAudit(context, 'transit_node.create', 'transit_node', node.id, { after: node });
    return nodeView(node);
  });
}

export function updateNode(context: WriteContext, id: string, body: z.output<typeof UpdateNodeRequest>) {
  return editNetwork(context, async (repo) => {
    const before = await repo.findNode(id);
    if (!before) throw new AppError('transit_node_not_found', { id });
    await assertProvince(context, body.provinceId);
    const node = await repo.updateNode(id, { ...body, updatedAt: context.now });
    if (node.lat !== before.lat || node.lon !== before.lon) await remeasureLegsOf(repo, node, context.now);
    await recordAudit(context, 'transit_node.update', 'transit_node', id, { before, after: node });
    return nodeView(node);
  });
}

/** A moved node moves the straight-line distances that estimates of its legs rest on. */
async function remeasureLegsOf(repo: TransitRepository, node: NodeRow, now: Date): Promise<void> {
  const nodes = new Map((await repo.listNodes()).map((row) => [row.id, row]));
  for (const leg of await repo.listLegs()) {
    if (leg.fromNodeId !== node.id && leg.toNodeId !== node.id) continue;
    const { id, ...fields } = leg;
    await repo.updateLeg(id, {
      ...fields,
      greatCircleKm: measure(nodes.get(leg.fromNodeId)!, nodes.get(leg.toNodeId)!),
      updatedAt: now,
    });
  }
}

function measure(from: NodeRow, to: NodeRow): number {
  return Math.round(greatCircleKm(from, to) * 10) / 10;
}

async function legEnds(
  repo: TransitRepository,
  body: { fromNodeId: string; toNodeId: string },
): Promise<[NodeRow, NodeRow]> {
  const [from, to] = [await repo.findNode(body.fromNodeId), await repo.findNode(body.toNodeId)];
  if (!from) throw new AppError('transit_leg_unknown_node', { id: body.fromNodeId }, { field: 'fromNodeId' });
  if (!to) throw new AppError('transit_leg_unknown_node', { id: body.toNodeId }, { field: 'toNodeId' });
  return [from, to];
}

export function createLeg(context: WriteContext, body: z.output<typeof CreateLegRequest>) {
  return editNetwork(context, async (repo) => {
    const [from, to] = await legEnds(repo, body);
    const leg = await repo.insertLeg({ ...body, greatCircleKm: measure(from, to), updatedAt: context.now });
    if (!leg) throw new AppError('transit_leg_exists', { id: body.id }, { field: 'id' });
    await recordAudit(context, 'transit_leg.create', 'transit_leg', leg.id, { after: leg });
    return viewOfLeg(context, leg.id);
  });
}

export function updateLeg(context: WriteContext, id: string, body: z.output<typeof UpdateLegRequest>) {
  return editNetwork(context, async (repo) => {
    const before = await repo.findLeg(id);
    if (!before) throw new AppError('transit_leg_not_found', { id });
    const [from, to] = await legEnds(repo, body);
    const leg = await repo.updateLeg(id, { ...body, greatCircleKm: measure(from, to), updatedAt: context.now });
    await recordAudit(context, 'transit_leg.update', 'transit_leg', id, { before, after: leg });
    return viewOfLeg(context, id);
  });
}

export function deleteLeg(context: WriteContext, id: string) {
  return editNetwork(context, async (repo) => {
    const before = await repo.findLeg(id);
    if (!before) throw new AppError('transit_leg_not_found', { id });
    await repo.deleteLeg(id);
    await recordAudit(context, 'transit_leg.delete', 'transit_leg', id, { before });
  });
}

async function viewOfLeg(context: WriteContext, id: string) {
  const loaded = await loadNetwork(context);
  const nodesById = new Map(loaded.network.nodes.map((node) => [node.id, node]));
  return legView(loaded.legRows.find((row) => row.id === id)!, nodesById, loaded.parameters);
}

export function updateParameter(context: WriteContext, key: string, body: z.output<typeof UpdateParameterRequest>) {
  return editNetwork(context, async (repo) => {
    const definition = parameterDefinition(key);
    const rows = await repo.listParameters();
    const before = rows.find((row) => row.key === key);
    if (!definition || !before) throw new AppError('transit_parameter_not_found', { key });
    if (!isWithinBounds(definition, body.value)) {
      // i18next's context picks the wording of an open lower bound ("greater than 0") for speeds.
      const bounds: MessageParams = { key, min: definition.min, max: definition.max };
      const params = definition.minExclusive ? { ...bounds, context: 'exclusive' } : bounds;
      throw new AppError('transit_parameter_out_of_range', params, { field: 'value' });
    }
    const values = new Map(rows.map((row) => [row.key, row.key === key ? body.value : row.value]));
    if (!draftsAreConsistent(values)) throw new AppError('transit_drafts_inconsistent', {}, { field: 'value' });
    const parameter = await repo.updateParameter(key, {
      value: body.value,
      source: body.source,
      assumption: body.assumption,
      note: body.note === undefined ? before.note : body.note,
      updatedAt: context.now,
    });
    await recordAudit(context, 'transit_parameter.update', 'transit_parameter', key, { before, after: parameter });
    return parameterView(parameter);
  });
}
