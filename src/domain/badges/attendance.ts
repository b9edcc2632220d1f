import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { findEdition } from '../summit/service.ts';
import { localDayOf } from './check-in-rules.ts';
import type { AttendanceSummary } from './model.ts';
import { createBadgesRepository } from './repository.ts';

/**
 * How many people came, per edition-local day and per session. A person counts once per day
 * however often they were scanned, and once per session.
 */
export function summariseAttendance(db: Executor, editionId: string): Promise<AttendanceSummary> {
  return createBadgesRepository(db).summariseAttendance(editionId);
}

export type AttendanceReport = AttendanceSummary & { editionId: string; timeZone: string; today: string };

/** For the check-in desks and the secretariat's dashboard. */
export async function readAttendance(
  db: Executor,
  actor: Actor | null,
  editionId: string,
  now: Date,
): Promise<AttendanceReport> {
  if (!can(actor, 'check_in.scan') && !can(actor, 'dashboard.read')) throw new AppError('forbidden');
  const edition = await findEdition(db, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  return {
    editionId,
    timeZone: edition.timeZone,
    today: localDayOf(now, edition.timeZone),
    ...(await summariseAttendance(db, editionId)),
  };
}
