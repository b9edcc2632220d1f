import type { z } from 'zod';
import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import type { WriteContext } from './edit-network.ts';
import type { ScenarioChange } from './model.ts';
import { loadNetwork } from './network.ts';
import { createTransitRepository, type ScenarioRow } from './repository.ts';
import { closesEverything, unknownReference } from './scenario-rules.ts';
import type { ScenarioRequest } from './schema.ts';

type ScenarioBody = z.output<typeof ScenarioRequest>;

export function scenarioView(row: ScenarioRow, actor: Actor | null) {
  return {
    ...row,
    canEdit: can(actor, 'transit_scenario.write', { ownerUserId: row.ownerUserId }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listScenarios(db: Executor, actor: Actor | null) {
  return { scenarios: (await createTransitRepository(db).listScenarios()).map((row) => scenarioView(row, actor)) };
}

export async function findScenario(db: Executor, id: string): Promise<ScenarioRow> {
  const row = await createTransitRepository(db).findScenario(id);
  if (!row) throw new AppError('transit_scenario_not_found', { id });
  return row;
}

/** A scenario must name what is on the network, and leave something of it open in every month. */
async function assertScenarioFits(tx: Executor, changes: ScenarioChange[]): Promise<void> {
  const { network, parameters } = await loadNetwork(tx);
  const unknown = unknownReference(network, changes);
  if (unknown) throw new AppError('transit_scenario_unknown_reference', { id: unknown });
  if (closesEverything(network, parameters, changes)) throw new AppError('transit_scenario_closes_everything');
}

/** Anyone signed in may save a scenario; it is theirs to edit (and the secretariat's). */
export function createScenario(db: Database, context: WriteContext, body: ScenarioBody) {
  if (!context.actor) throw new AppError('not_authenticated');
  const ownerUserId = context.actor.userId;
  return inTransaction(db, async (tx) => {
    await assertScenarioFits(tx, body.changes);
    const row = await createTransitRepository(tx).insertScenario({
      ...body,
      ownerUserId,
      createdAt: context.now,
      updatedAt: context.now,
    });
    await recordAudit(tx, context.audit, {
      action: 'transit_scenario.create',
      entityType: 'transit_scenario',
      entityId: row.id,
      after: row,
    });
    return scenarioView(row, context.actor);
  });
}

async function editableScenario(tx: Executor, context: WriteContext, id: string): Promise<ScenarioRow> {
  const row = await findScenario(tx, id);
  if (!can(context.actor, 'transit_scenario.write', { ownerUserId: row.ownerUserId })) throw new AppError('forbidden');
  return row;
}

export function updateScenario(db: Database, context: WriteContext, id: string, body: ScenarioBody) {
  return inTransaction(db, async (tx) => {
    const before = await editableScenario(tx, context, id);
    await assertScenarioFits(tx, body.changes);
    const row = await createTransitRepository(tx).updateScenario(id, { ...body, updatedAt: context.now });
    await recordAudit(tx, context.audit, {
      action: 'transit_scenario.update',
      entityType: 'transit_scenario',
      entityId: id,
      before,
      after: row,
    });
    return scenarioView(row, context.actor);
  });
}

export function deleteScenario(db: Database, context: WriteContext, id: string) {
  return inTransaction(db, async (tx) => {
    const before = await editableScenario(tx, context, id);
    await createTransitRepository(tx).deleteScenario(id);
    await recordAudit(tx, context.audit, {
      action: 'transit_scenario.delete',
      entityType: 'transit_scenario',
      entityId: id,
      before,
    });
  });
}
