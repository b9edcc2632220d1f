import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../../platform/context/request-context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { Actor } from '../../../platform/identity/actor.ts';
import { can, requirePermission } from '../../../platform/identity/permissions.ts';
import type { ScenarioChange } from '../model.ts';
import { loadNetwork } from './network.ts';
import { createTransitRepository, type ScenarioRow } from '../repository.ts';
import { canSeeScenario, closesEverything, unknownReference } from './scenario-rules.ts';
import type { ScenarioRequest } from '../schema.ts';

type ScenarioBody = z.output<typeof ScenarioRequest>;

export function scenarioView(row: ScenarioRow, actor: Actor | null) {
  return {
    ...row,
    shared: row.ownerUserId === null,
    canEdit: can(actor, 'transit_scenario.write', { ownerUserId: row.ownerUserId }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The shared scenarios and one's own; the secretariat sees every one. */
export async function listScenarios(context: RequestContext) {
  const { actor } = context;
  const visibleTo = can(actor, 'transit_scenario.read') ? 'all' : { ownerUserId: actor?.userId ?? null };
  const rows = await createTransitRepository(context.db).listScenarios(visibleTo);
  return { scenarios: rows.map((row) => scenarioView(row, actor)) };
}

/** Someone else's scenario that is not shared answers as if it did not exist, to planning and editing alike. */
export async function findScenario(context: RequestContext, id: string): Promise<ScenarioRow> {
  const row = await createTransitRepository(context.db).findScenario(id);
  if (!row || !canSeeScenario(context.actor, row.ownerUserId)) throw new AppError('transit_scenario_not_found', { id });
  return row;
}

/**
 * The owner a scenario is stored with: none when shared, which only those who may write a shared
 * scenario (the secretariat) may ask for or undo; left out, a scenario keeps what it had.
 */
function ownerAfter(context: WriteContext, shared: boolean | undefined, before: ScenarioRow | null): string | null {
  const actorId = context.actor?.userId ?? null;
  const wasShared = before !== null && before.ownerUserId === null;
  if (shared === undefined || shared === wasShared) return before ? before.ownerUserId : actorId;
  requirePermission(context.actor, 'transit_scenario.write', { ownerUserId: null });
  return shared ? null : actorId;
}

/** A scenario must name what is on the network, and leave something of it open in every month. */
async function assertScenarioFits(context: WriteContext, changes: ScenarioChange[]): Promise<void> {
  const { network, parameters } = await loadNetwork(context);
  const unknown = unknownReference(network, changes);
  if (unknown) throw new AppError('transit_scenario_unknown_reference', { id: unknown });
  if (closesEverything(network, parameters, changes)) throw new AppError('transit_scenario_closes_everything');
}

/** Anyone signed in may save a scenario; it is theirs to edit (and the secretariat's). */
export async function createScenario(context: WriteContext, { shared, ...body }: ScenarioBody) {
  if (!context.actor) throw new AppError('not_authenticated');
  const ownerUserId = ownerAfter(context, shared ?? false, null);
  await assertScenarioFits(context, body.changes);
  const row = await createTransitRepository(context.db).insertScenario({
    ...body,
    ownerUserId,
    createdAt: context.now,
    updatedAt: context.now,
  });
  await recordAudit(context, 'transit_scenario.create', 'transit_scenario', row.id, { after: row });
  return scenarioView(row, context.actor);
}

async function editableScenario(context: WriteContext, id: string): Promise<ScenarioRow> {
  const row = await findScenario(context, id);
  requirePermission(context.actor, 'transit_scenario.write', { ownerUserId: row.ownerUserId });
  return row;
}

export async function updateScenario(context: WriteContext, id: string, { shared, ...body }: ScenarioBody) {
  const before = await editableScenario(context, id);
  const ownerUserId = ownerAfter(context, shared, before);
  await assertScenarioFits(context, body.changes);
  const row = await createTransitRepository(context.db).updateScenario(id, {
    ...body,
    ownerUserId,
    updatedAt: context.now,
  });
  await recordAudit(context, 'transit_scenario.update', 'transit_scenario', id, { before, after: row });
  return scenarioView(row, context.actor);
}

export async function deleteScenario(context: WriteContext, id: string) {
  const before = await editableScenario(context, id);
  await createTransitRepository(context.db).deleteScenario(id);
  await recordAudit(context, 'transit_scenario.delete', 'transit_scenario', id, { before });
}
