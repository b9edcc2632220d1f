import type { Database, Transaction } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, type FieldError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { copyDelegationStructure } from '../delegations/copy-structure.ts';
import { copyExpoFloor } from '../expo/copy-floor.ts';
import { copyProgrammeStructure } from '../programme/copy-structure.ts';
import { provinceExists } from '../provinces/service.ts';
import {
  copiedExpoId,
  copiedPanelId,
  daysBetween,
  isDateOrderValid,
  isKnownTimeZone,
  shiftDate,
} from './edition-rules.ts';
import type { CopyReport, Edition, EditionChanges, NewEdition } from './model.ts';
import { createSummitRepository } from './repository.ts';

export type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };

const NOTHING_COPIED: CopyReport = { panels: 0, rooms: 0, sessions: 0, expos: 0, delegations: 0, booths: 0 };

/** A new edition, on its own or with the structure of an earlier one (never its people), in one transaction. */
export async function createEdition(
  db: Database,
  context: WriteContext,
  input: NewEdition,
): Promise<{ edition: Edition; copied: CopyReport }> {
  if (!can(context.actor, 'edition.manage')) throw new AppError('forbidden');
  if (!isKnownTimeZone(input.timeZone)) throw invalid('timeZone', 'unknown_time_zone');
  return inTransaction(db, async (tx) => {
    const repo = createSummitRepository(tx);
    if (await repo.findEdition(input.id)) throw new AppError('edition_id_taken', { id: input.id });
    const ordinal = await chooseOrdinal(tx, input.ordinal);
    await requireProvinces(tx, [input.hostProvinceId, ...input.participatingProvinceIds]);
    const source = input.copyFromEditionId ? await repo.findEdition(input.copyFromEditionId) : null;
    if (input.copyFromEditionId && !source) throw new AppError('edition_not_found', { id: input.copyFromEditionId });
    const { participatingProvinceIds, copyFromEditionId: _copyFrom, ...fields } = input;
    const edition = await repo.insertEdition({
      ...fields,
      ordinal,
      sources: [],
      copiedFromEditionId: source?.id ?? null,
    });
    const participants = [...new Set(participatingProvinceIds)].filter((id) => id !== input.hostProvinceId);
    await repo.insertProvinces(edition.id, [
      { provinceId: input.hostProvinceId, role: 'host' },
      ...participants.map((provinceId) => ({ provinceId, role: 'participant' as const })),
    ]);
    const copied = source ? await copyStructure(tx, source, edition, context.now) : NOTHING_COPIED;
    await recordAudit(tx, context.audit, {
      action: 'edition.create',
      entityType: 'edition',
      entityId: edition.id,
      after: { edition, copied },
    });
    return { edition, copied };
  });
}

export async function changeEdition(
  db: Database,
  context: WriteContext,
  id: string,
  changes: EditionChanges,
): Promise<Edition> {
  if (!can(context.actor, 'edition.manage')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createSummitRepository(tx);
    const before = await repo.findEdition(id);
    if (!before) throw new AppError('edition_not_found', { id });
    if (!isDateOrderValid(changes.startsOn ?? before.startsOn, changes.endsOn ?? before.endsOn))
      throw invalid('endsOn', 'ends_before_start');
    const after = await repo.updateEdition(id, changes);
    await recordAudit(tx, context.audit, {
      action: 'edition.change',
      entityType: 'edition',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

async function copyStructure(tx: Transaction, source: Edition, target: Edition, now: Date): Promise<CopyReport> {
  const repo = createSummitRepository(tx);
  const days = daysBetween(source.startsOn, target.startsOn);
  const panels = await repo.listPanels(source.id);
  const panelIds = new Map(panels.map((panel) => [panel.id, copiedPanelId(panel.id, source.id, target.id)]));
  // Panels keep their theme; who moderates them is decided anew for each edition.
  await repo.insertPanels(
    target.id,
    panels.map((panel) => ({
      ...panel,
      id: panelIds.get(panel.id)!,
      moderatorName: {},
      moderatorRole: {},
      sources: [],
    })),
  );
  const programme = await copyProgrammeStructure(tx, source, target, days, panelIds, now);
  let booths = 0;
  const expos = await repo.listExpos(source.id);
  for (const expo of expos) {
    const newId = copiedExpoId(expo.id, target.id, target.startsOn, await repo.listExpoIds());
    await repo.insertExpo(target.id, {
      ...expo,
      id: newId,
      startsOn: shiftDate(expo.startsOn, days),
      endsOn: shiftDate(expo.endsOn, days),
      sources: [],
    });
    booths += await copyExpoFloor(tx, expo.id, newId);
  }
  const delegations = await copyDelegationStructure(tx, source.id, target.id);
  return { panels: panels.length, ...programme, expos: expos.length, delegations, booths };
}

async function chooseOrdinal(tx: Transaction, requested: number | null | undefined): Promise<number> {
  const taken = (await createSummitRepository(tx).listEditions()).map((edition) => edition.ordinal);
  if (requested == null) return Math.max(0, ...taken) + 1;
  if (taken.includes(requested)) throw invalid('ordinal', 'ordinal_taken');
  return requested;
}

async function requireProvinces(tx: Transaction, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    if (!(await provinceExists(tx, id))) throw new AppError('province_not_found', { id });
  }
}

function invalid(path: string, code: string): AppError {
  const error: FieldError = { path, code };
  return new AppError('validation_failed', {}, [error]);
}
