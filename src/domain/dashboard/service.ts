import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { summariseAttendance } from '../badges/attendance.ts';
import { countDelegationRegistrations, countRegistrations } from '../delegations/registration-statistics.ts';
import { listEditions } from '../summit/service.ts';
import type { Dashboard } from './model.ts';
import { createDashboardRepository } from './repository.ts';
import { listIncompleteDelegations, sortTallies } from './rules.ts';

/** The secretariat's figures for one edition: who registered, who came, which delegations to chase. */
export async function buildDashboard(db: Executor, actor: Actor | null, editionId: string): Promise<Dashboard> {
  if (!actor) throw new AppError('not_authenticated');
  if (!can(actor, 'dashboard.read')) throw new AppError('forbidden');
  const edition = (await listEditions(db)).find((candidate) => candidate.id === editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const [registrations, delegations, attendance, sessions] = await Promise.all([
    countRegistrations(db, editionId),
    countDelegationRegistrations(db, editionId),
    summariseAttendance(db, editionId),
    createDashboardRepository(db).listSessionSeatCounts(editionId),
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
