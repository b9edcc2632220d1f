import type { Executor } from '../../platform/db/client.ts';
import type { AttendanceSummary } from './model.ts';
import { createBadgesRepository } from './repository.ts';

/**
 * How many people came, per edition-local day and per session. A person counts once per day
 * however often they were scanned, and once per session.
 */
export function summariseAttendance(db: Executor, editionId: string): Promise<AttendanceSummary> {
  return createBadgesRepository(db).summariseAttendance(editionId);
}
