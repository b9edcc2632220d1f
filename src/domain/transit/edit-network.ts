import type { z } from 'zod';
import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import { greatCircleKm } from './distance-estimate.ts';
import { legView, loadNetwork, nodeView, parameterView } from './network.ts';
import { draftsAreConsistent, isWithinBounds, parameterDefinition } from './parameters.ts';
import { createTransitRepository, type NodeRow, type TransitRepository } from './repository.ts';
import type {
  CreateLegRequest,
  CreateNodeRequest,
  UpdateLegRequest,
  UpdateNodeRequest,
  UpdateParameterRequest,
} from './schema.ts';

export type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };

function assertMayManage(actor: Actor | null): void {
  if (!can(actor, 'transit.manage')) throw new AppError('forbidden');
}

/** Every edit runs in one transaction that also moves the network version on, which invalidates cached answers. */
async function editNetwork<T>(
  db: Database,
  context: WriteContext,
  work: (repo: TransitRepository, tx: Executor) => Promise<T>,
): Promise<T> {
  assertMayManage(context.actor);
  return inTransaction(db, async (tx) => {
    const repo = createTransitRepository(tx);
    await repo.bumpVersion(context.now);
    return work(repo, tx);
  });
}

async function assertProvince(tx: Executor, provinceId: string | null): Promise<void> {
  if (provinceId !== null && !(await provinceExists(tx, provinceId)))
    throw new AppError('province_not_found', { id: provinceId });
}

export function createNode(db: Database, context: WriteContext, body: z.output<typeof CreateNodeRequest>) {
  return editNetwork(db, context, async (repo, tx) => {
    await assertProvince(tx, body.provinceId);
    const node = await repo.insertNode({ ...body, updatedAt: context.now });
    if (!node) throw new AppError('transit_node_exists', { id: body.id });
    await recordAudit(tx, context.audit, {
      action: 'transit_node.create',
      entityType: 'transit_node',
      entityId: node.id,
      after: node,
    });
    return nodeView(node);
  });
}

export function updateNode(db: Database, context: WriteContext, id: string, body: z.output<typeof UpdateNodeRequest>) {
  return editNetwork(db, context, async (repo, tx) => {
    const before = await repo.findNode(id);
    if (!before) throw new AppError('transit_node_not_found', { id });
    await assertProvince(tx, body.provinceId);
    const node = await repo.updateNode(id, { ...body, updatedAt: context.now });
    if (node.lat !== before.lat || node.lon !== before.lon) await remeasureLegsOf(repo, node, context.now);
    await recordAudit(tx, context.audit, {
      action: 'transit_node.update',
      entityType: 'transit_node',
      entityId: id,
      before,
      after: node,
    });
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
  if (!from) throw new AppError('transit_leg_unknown_node', { id: body.fromNodeId });
  if (!to) throw new AppError('transit_leg_unknown_node', { id: body.toNodeId });
  return [from, to];
}

export function createLeg(db: Database, context: WriteContext, body: z.output<typeof CreateLegRequest>) {
  return editNetwork(db, context, async (repo, tx) => {
    const [from, to] = await legEnds(repo, body);
    const leg = await repo.insertLeg({ ...body, greatCircleKm: measure(from, to), updatedAt: context.now });
    if (!leg) throw new AppError('transit_leg_exists', { id: body.id });
    await recordAudit(tx, context.audit, {
      action: 'transit_leg.create',
      entityType: 'transit_leg',
      entityId: leg.id,
      after: leg,
    });
    return viewOfLeg(tx, leg.id);
  });
}

export function updateLeg(db: Database, context: WriteContext, id: string, body: z.output<typeof UpdateLegRequest>) {
  return editNetwork(db, context, async (repo, tx) => {
    const before = await repo.findLeg(id);
    if (!before) throw new AppError('transit_leg_not_found', { id });
    const [from, to] = await legEnds(repo, body);
    const leg = await repo.updateLeg(id, { ...body, greatCircleKm: measure(from, to), updatedAt: context.now });
    await recordAudit(tx, context.audit, {
      action: 'transit_leg.update',
      entityType: 'transit_leg',
      entityId: id,
      before,
      after: leg,
    });
    return viewOfLeg(tx, id);
  });
}

export function deleteLeg(db: Database, context: WriteContext, id: string) {
  return editNetwork(db, context, async (repo, tx) => {
    const before = await repo.findLeg(id);
    if (!before) throw new AppError('transit_leg_not_found', { id });
    await repo.deleteLeg(id);
    await recordAudit(tx, context.audit, {
      action: 'transit_leg.delete',
      entityType: 'transit_leg',
      entityId: id,
      before,
    });
  });
}

async function viewOfLeg(tx: Executor, id: string) {
  const loaded = await loadNetwork(tx);
  const nodesById = new Map(loaded.network.nodes.map((node) => [node.id, node]));
  return legView(loaded.legRows.find((row) => row.id === id)!, nodesById, loaded.parameters);
}

export function updateParameter(
  db: Database,
  context: WriteContext,
  key: string,
  body: z.output<typeof UpdateParameterRequest>,
) {
  return editNetwork(db, context, async (repo, tx) => {
    const definition = parameterDefinition(key);
    const rows = await repo.listParameters();
    const before = rows.find((row) => row.key === key);
    if (!definition || !before) throw new AppError('transit_parameter_not_found', { key });
    if (!isWithinBounds(definition, body.value)) {
      // i18next's context picks the wording of an open lower bound ("greater than 0") for speeds.
      throw new AppError('transit_parameter_out_of_range', {
        key,
        min: definition.min,
        max: definition.max,
        ...(definition.minExclusive && { context: 'exclusive' }),
      });
    }
    const values = new Map(rows.map((row) => [row.key, row.key === key ? body.value : row.value]));
    if (!draftsAreConsistent(values)) throw new AppError('transit_drafts_inconsistent');
    const parameter = await repo.updateParameter(key, {
      value: body.value,
      source: body.source,
      assumption: body.assumption,
      note: body.note === undefined ? before.note : body.note,
      updatedAt: context.now,
    });
    await recordAudit(tx, context.audit, {
      action: 'transit_parameter.update',
      entityType: 'transit_parameter',
      entityId: key,
      before,
      after: parameter,
    });
    return parameterView(parameter);
  });
}
