import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError, invalidFields } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { provinceExists } from '../provinces/service.ts';
import {
  copiedExpoId,
  copiedPanelId,
  daysBetween,
  isDateOrderValid,
  isKnownTimeZone,
  shiftDate,
  withoutBlankTexts,
} from './edition-rules.ts';
import type { CopyReport, Edition, EditionChanges, EditionCopy, NewEdition } from './model.ts';
import { requirePublishable } from './publish-edition.ts';
import { createSummitRepository } from './repository.ts';

/**
 * One capability's part of copying an edition forward (the programme's rooms and sessions, the
 * expo floors, the delegations), run in the copy's transaction. The steps are handed in by
 * `app.ts`, so summit never imports the capabilities that build on it.
 */
export type EditionCopyStep = (context: WriteContext, copy: EditionCopy) => Promise<Partial<CopyReport>>;

const NOTHING_COPIED: CopyReport = { panels: 0, rooms: 0, sessions: 0, expos: 0, delegations: 0, booths: 0 };

/** A new edition, on its own or with the structure of an earlier one (never its people). */
export async function createEdition(
  context: WriteContext,
  input: NewEdition,
  copySteps: readonly EditionCopyStep[],
): Promise<{ edition: Edition; copied: CopyReport }> {
  requirePermission(context.actor, 'edition.manage');
  if (!isKnownTimeZone(input.timeZone)) throw invalidFields([{ path: 'timeZone', code: 'unknown_time_zone' }]);
  const repo = createSummitRepository(context.db);
  if (await repo.findEdition(input.id)) throw new AppError('edition_id_taken', { id: input.id }, { field: 'id' });
  const ordinal = await chooseOrdinal(context, input.ordinal);
  await requireProvinces(context, [input.hostProvinceId, ...input.participatingProvinceIds]);
  const source = input.copyFromEditionId ? await repo.findEdition(input.copyFromEditionId) : null;
  if (input.copyFromEditionId && !source) {
    throw new AppError('edition_not_found', { id: input.copyFromEditionId }, { field: 'copyFromEditionId' });
  }
  const { participatingProvinceIds, copyFromEditionId: _copyFrom, ...fields } = input;
  const edition = await repo.insertEdition({
    ...fields,
    ordinal,
    sources: [],
    copiedFromEditionId: source?.id ?? null,
    // A new edition is prepared out of sight; the public keeps the current one until it is published.
    status: 'draft',
    publishedAt: null,
  });
  const participants = [...new Set(participatingProvinceIds)].filter((id) => id !== input.hostProvinceId);
  await repo.insertProvinces(edition.id, [
    { provinceId: input.hostProvinceId, role: 'host' },
    ...participants.map((provinceId) => ({ provinceId, role: 'participant' as const })),
  ]);
  const copied = source ? await copyStructure(context, source, edition, copySteps) : NOTHING_COPIED;
  await recordAudit(context, 'edition.create', 'edition', edition.id, { after: { edition, copied } });
  return { edition, copied };
}

/** Any field of an edition; a published edition stays publishable (every gap is named otherwise). */
export async function changeEdition(context: WriteContext, id: string, changes: EditionChanges): Promise<Edition> {
  requirePermission(context.actor, 'edition.manage');
  if (changes.timeZone !== undefined && !isKnownTimeZone(changes.timeZone)) {
    throw invalidFields([{ path: 'timeZone', code: 'unknown_time_zone' }]);
  }
  const repo = createSummitRepository(context.db);
  const before = await repo.lockEdition(id);
  if (!before) throw new AppError('edition_not_found', { id });
  if (!isDateOrderValid(changes.startsOn ?? before.startsOn, changes.endsOn ?? before.endsOn)) {
    throw invalidFields([{ path: 'endsOn', code: 'ends_before_start' }]);
  }
  const after = await repo.updateEdition(id, withoutBlankTexts(changes));
  if (after.status === 'published') await requirePublishable(context, after);
  await recordAudit(context, 'edition.change', 'edition', id, { before, after });
  return after;
}

/** Summit copies its own panels and expos, then hands the id maps to each capability's step. */
async function copyStructure(
  context: WriteContext,
  source: Edition,
  target: Edition,
  copySteps: readonly EditionCopyStep[],
): Promise<CopyReport> {
  const days = daysBetween(source.startsOn, target.startsOn);
  const panelIds = await copyPanels(context, source, target);
  const expoIds = await copyExpos(context, source, target, days);
  const copy: EditionCopy = { source, target, days, panelIds, expoIds };
  let report: CopyReport = { ...NOTHING_COPIED, panels: panelIds.size, expos: expoIds.size };
  for (const step of copySteps) report = { ...report, ...(await step(context, copy)) };
  return report;
}

async function copyPanels(context: WriteContext, source: Edition, target: Edition): Promise<Map<string, string>> {
  const repo = createSummitRepository(context.db);
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
  return panelIds;
}

async function copyExpos(
  context: WriteContext,
  source: Edition,
  target: Edition,
  days: number,
): Promise<Map<string, string>> {
  const repo = createSummitRepository(context.db);
  const expoIds = new Map<string, string>();
  for (const expo of await repo.listExpos(source.id)) {
    const newId = copiedExpoId(expo.id, target.id, target.startsOn, await repo.listExpoIds());
    await repo.insertExpo(target.id, {
      ...expo,
      id: newId,
      startsOn: shiftDate(expo.startsOn, days),
      endsOn: shiftDate(expo.endsOn, days),
      sources: [],
    });
    expoIds.set(expo.id, newId);
  }
  return expoIds;
}

async function chooseOrdinal(context: WriteContext, requested: number | null | undefined): Promise<number> {
  const taken = (await createSummitRepository(context.db).listEditions()).map((edition) => edition.ordinal);
  if (requested == null) return Math.max(0, ...taken) + 1;
  if (taken.includes(requested)) throw invalidFields([{ path: 'ordinal', code: 'ordinal_taken' }]);
  return requested;
}

async function requireProvinces(context: WriteContext, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    if (!(await provinceExists(context, id))) throw new AppError('province_not_found', { id });
  }
}
