import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
import { type AssignmentRow, createFloorRepository } from './floor-repository.ts';

/**
 * Gives a booth to an exhibitor of the same expo. The check for an existing holder only makes the
 * common case's answer quick; two requests at the same moment are decided by the booth being the
 * assignments' primary key, so the loser's insert fails and it gets booth_taken too.
 */
export async function assignBooth(context: WriteContext, boothId: string, exhibitorId: string): Promise<AssignmentRow> {
  requirePermission(context.actor, 'booth.assign');
  const floor = createFloorRepository(context.db);
  const booth = await floor.findBooth(boothId);
  if (!booth) throw new AppError('booth_not_found', { id: boothId });
  const hall = await floor.findHall(booth.hallId);
  const exhibitor = await createExhibitorsRepository(context.db).find(exhibitorId);
  if (!exhibitor || exhibitor.expoId !== hall?.expoId) {
    throw new AppError('exhibitor_not_found', { id: exhibitorId }, { field: 'exhibitorId' });
  }
  if (await floor.findAssignment(boothId)) throw new AppError('booth_taken', { code: booth.code });
  const assignment = await insertAssignmentOrTaken(context, booth.code, {
    boothId,
    exhibitorId,
    assignedAt: context.now,
    assignedBy: context.actor?.userId ?? null,
  });
  await recordAudit(context, 'expo_booth.assign', 'expo_booth', boothId, { after: assignment });
  return assignment;
}

/** The insert that loses a race waits on the primary key and then fails: that is booth_taken as well. */
async function insertAssignmentOrTaken(
  context: WriteContext,
  boothCode: string,
  assignment: AssignmentRow,
): Promise<AssignmentRow> {
  try {
    return await createFloorRepository(context.db).insertAssignment(assignment);
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('booth_taken', { code: boothCode });
    throw error;
  }
}

/** Frees a booth; releasing a free booth is not an error, so a repeated click does no harm. */
export async function releaseBooth(context: WriteContext, boothId: string): Promise<void> {
  requirePermission(context.actor, 'booth.assign');
  const floor = createFloorRepository(context.db);
  if (!(await floor.findBooth(boothId))) throw new AppError('booth_not_found', { id: boothId });
  const before = await floor.deleteAssignment(boothId);
  if (!before) return;
  await recordAudit(context, 'expo_booth.release', 'expo_booth', boothId, { before });
}
