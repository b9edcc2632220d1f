import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { can } from '../../platform/identity/permissions.ts';
import { findEdition } from '../summit/service.ts';
import { localDayOf } from './check-in-rules.ts';
import type { AttendanceSummary } from './model.ts';
import { createBadgesRepository } from './repository.ts';

/**
 * How many people came, per edition-local day and per session. A person counts once per day
 * however often they were scanned, and once per session.
 */
export function summariseAttendance(context: RequestContext, editionId: string): Promise<AttendanceSummary> {
  return createBadgesRepository(context.db).summariseAttendance(editionId);
}

export type AttendanceReport = AttendanceSummary & { editionId: string; timeZone: string; today: string };

/** For the check-in desks and the secretariat's dashboard: either permission will do. */
export async function readAttendance(context: RequestContext, editionId: string): Promise<AttendanceReport> {
  if (!can(context.actor, 'check_in.scan') && !can(context.actor, 'dashboard.read')) throw new AppError('forbidden');
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  return {
    editionId,
    timeZone: edition.timeZone,
    today: localDayOf(context.now, edition.timeZone),
    ...(await summariseAttendance(context, editionId)),
  };
}
