import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { createExhibitorsRepository } from './exhibitors-repository.ts';
import type { WriteContext } from './exhibitors.ts';
import { createFloorRepository, type AssignmentRow } from './floor-repository.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';

/**
 * Gives a booth to an exhibitor of the same expo. The check for an existing holder only makes the
 * common case's answer quick; two requests at the same moment are decided by the booth being the
 * assignments' primary key, so the loser's insert fails and it gets booth_taken too.
 */
export async function assignBooth(
  db: Database,
  context: WriteContext,
  boothId: string,
  exhibitorId: string,
): Promise<AssignmentRow> {
  if (!can(context.actor, 'booth.assign')) throw new AppError('forbidden');
  let boothCode = '';
  try {
    return await inTransaction(db, async (tx) => {
      const floor = createFloorRepository(tx);
      const booth = await floor.findBooth(boothId);
      if (!booth) throw new AppError('booth_not_found', { id: boothId });
      boothCode = booth.code;
      const hall = await floor.findHall(booth.hallId);
      const exhibitor = await createExhibitorsRepository(tx).find(exhibitorId);
      if (!exhibitor || exhibitor.expoId !== hall?.expoId)
        throw new AppError('exhibitor_not_found', { id: exhibitorId });
      if (await floor.findAssignment(boothId)) throw new AppError('booth_taken', { code: booth.code });
      const assignment = await floor.insertAssignment({
        boothId,
        exhibitorId,
        assignedAt: context.now,
        assignedBy: context.actor?.userId ?? null,
      });
      await recordAudit(tx, context.audit, {
        action: 'expo_booth.assign',
        entityType: 'expo_booth',
        entityId: boothId,
        after: assignment,
      });
      return assignment;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('booth_taken', { code: boothCode });
    throw error;
  }
}

/** Frees a booth; releasing a free booth is not an error, so a repeated click does no harm. */
export async function releaseBooth(db: Database, context: WriteContext, boothId: string): Promise<void> {
  if (!can(context.actor, 'booth.assign')) throw new AppError('forbidden');
  await inTransaction(db, async (tx) => {
    const floor = createFloorRepository(tx);
    if (!(await floor.findBooth(boothId))) throw new AppError('booth_not_found', { id: boothId });
    const before = await floor.deleteAssignment(boothId);
    if (before)
      await recordAudit(tx, context.audit, {
        action: 'expo_booth.release',
        entityType: 'expo_booth',
        entityId: boothId,
        before,
      });
  });
}
