import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { summariseAttendance } from '../badges/attendance.ts';
import { countDelegationRegistrations, countRegistrations } from '../delegations/registration-statistics.ts';
import { findEdition } from '../summit/service.ts';
import type { Dashboard } from './model.ts';
import { createDashboardRepository } from './repository.ts';
import { listIncompleteDelegations, sortTallies } from './rules.ts';

/** The secretariat's figures for one edition: who registered, who came, which delegations to chase. */
export async function buildDashboard(context: RequestContext, editionId: string): Promise<Dashboard> {
  requirePermission(context.actor, 'dashboard.read');
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const [registrations, delegations, attendance, sessions] = await readAll(context.db, [
    () => countRegistrations(context, editionId),
    () => countDelegationRegistrations(context, editionId),
    () => summariseAttendance(context, editionId),
    () => createDashboardRepository(context.db).listSessionSeatCounts(editionId),
  ]);
  const checkedIn = new Map(attendance.bySession.map((entry) => [entry.sessionId, entry.count]));
  return {
    editionId,
    timeZone: edition.timeZone,
    byCountry: sortTallies(registrations.byCountry),
    byProvince: sortTallies(registrations.byProvince),
    byRole: sortTallies(registrations.byRole),
    byStatus: sortTallies(registrations.byStatus),
    dailyAttendance: attendance.byDay,
    sessionAttendance: sessions.map((session) => ({ ...session, checkedIn: checkedIn.get(session.sessionId) ?? 0 })),
    incompleteDelegations: listIncompleteDelegations(delegations),
  };
}
