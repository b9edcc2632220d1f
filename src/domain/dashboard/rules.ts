import type { ParticipantRole, ParticipantStatus } from '../delegations/model.ts';
import { isDelegationRole } from '../delegations/rules.ts';
import type { DelegationGap, DelegationStanding, DelegationTally, Tally } from './model.ts';

/** Registrations that still hold a place: a rejected or cancelled one frees it. */
const LIVE_STATUSES: readonly ParticipantStatus[] = ['pending', 'approved'];

/**
 * Where a delegation stands. It is incomplete while it has no approved head, no approved
 * interpreter (unless its role limits allow none: a delegation that shares the host's language
 * brings no interpreter), or registrations still waiting for a decision. Seats left count live
 * registrations of the roles that travel with the delegation against its member limit; they are
 * shown, but unused seats alone do not make a delegation incomplete.
 */
export function assessDelegation(tally: DelegationTally): DelegationStanding {
  const count = (match: (role: ParticipantRole, status: ParticipantStatus) => boolean) =>
    tally.counts.filter((entry) => match(entry.role, entry.status)).reduce((sum, entry) => sum + entry.count, 0);
  const hasApprovedHead = count((role, status) => role === 'head' && status === 'approved') > 0;
  const hasApprovedInterpreter = count((role, status) => role === 'interpreter' && status === 'approved') > 0;
  const pendingRegistrations = count((_role, status) => status === 'pending');
  const seatsTaken = count((role, status) => isDelegationRole(role) && LIVE_STATUSES.includes(status));
  const gaps: DelegationGap[] = [];
  if (!hasApprovedHead) gaps.push('no_approved_head');
  if (!hasApprovedInterpreter && tally.roleLimits.interpreter !== 0) gaps.push('no_approved_interpreter');
  if (pendingRegistrations > 0) gaps.push('pending_registrations');
  return {
    delegationId: tally.delegationId,
    provinceId: tally.provinceId,
    hasApprovedHead,
    hasApprovedInterpreter,
    pendingRegistrations,
    memberLimit: tally.memberLimit,
    seatsTaken,
    seatsLeft: Math.max(0, tally.memberLimit - seatsTaken),
    gaps,
  };
}

export function isDelegationIncomplete(standing: DelegationStanding): boolean {
  return standing.gaps.length > 0;
}

/** The delegations still to chase, those with the most gaps first, then by province. */
export function listIncompleteDelegations(tallies: readonly DelegationTally[]): DelegationStanding[] {
  return tallies
    .map(assessDelegation)
    .filter(isDelegationIncomplete)
    .sort((a, b) => b.gaps.length - a.gaps.length || a.provinceId.localeCompare(b.provinceId));
}

/** Largest first; equal counts in key order, so that the chart and the file list them alike. */
export function sortTallies<T extends Tally>(tallies: readonly T[]): T[] {
  return [...tallies].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
