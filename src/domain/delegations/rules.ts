import { fromZonedTime } from 'date-fns-tz';
import {
  DELEGATION_ROLES,
  type DelegationRole,
  type Delegation,
  type ParticipantRole,
  type ParticipantStatus,
  type RegistrationWindow,
  type RoleCounts,
} from './model.ts';

export const isDelegationRole = (role: ParticipantRole): role is DelegationRole =>
  (DELEGATION_ROLES as readonly ParticipantRole[]).includes(role);

/** The first instant after the edition's last day, in the edition's own time zone. */
export function editionEndInstant(endsOn: string, timeZone: string): Date {
  const next = new Date(`${endsOn}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return fromZonedTime(`${next.toISOString().slice(0, 10)}T00:00:00`, timeZone);
}

/** Registration closes at the edition's deadline, and in any case when the edition is over. */
export function registrationClosesAt(window: RegistrationWindow): Date {
  const end = editionEndInstant(window.endsOn, window.timeZone);
  return window.registrationClosesAt && window.registrationClosesAt < end ? window.registrationClosesAt : end;
}

export type RegistrationOpenCheck = { ok: true } | { ok: false; code: 'registration_closed'; closedAt: Date };

export function checkRegistrationOpen(window: RegistrationWindow, now: Date): RegistrationOpenCheck {
  const closedAt = registrationClosesAt(window);
  return now < closedAt ? { ok: true } : { ok: false, code: 'registration_closed', closedAt };
}

export type CapacityCheck =
  | { ok: true }
  | { ok: false; code: 'delegation_head_taken' }
  | { ok: false; code: 'delegation_full'; limit: number; role: ParticipantRole | null };

export const totalOf = (counts: RoleCounts): number =>
  Object.values(counts).reduce((sum, value) => sum + (value ?? 0), 0);

/**
 * Whether a registration takes one of its delegation's places. An approved one does; a pending one
 * does only if a signed-in delegation office or the secretariat entered it. A registration from
 * the public form waits for the secretariat without holding a place, so anonymous visitors cannot
 * fill a delegation (issue 14): the limits are checked again when it is approved.
 */
export function holdsPlace(registration: { status: ParticipantStatus; registeredBy: string | null }): boolean {
  return (
    registration.status === 'approved' || (registration.status === 'pending' && registration.registeredBy !== null)
  );
}

/**
 * Whether one more person of `role` fits among the places `held` (see `holdsPlace`).
 * `role: null` in the refusal means the total.
 */
export function checkDelegationCapacity(
  delegation: Pick<Delegation, 'memberLimit' | 'roleLimits'>,
  held: RoleCounts,
  role: ParticipantRole,
): CapacityCheck {
  // A delegation has one head whatever its limits say; the partial unique index backs this up.
  if (role === 'head' && (held.head ?? 0) > 0) return { ok: false, code: 'delegation_head_taken' };
  if (totalOf(held) >= delegation.memberLimit)
    return { ok: false, code: 'delegation_full', limit: delegation.memberLimit, role: null };
  const roleLimit = delegation.roleLimits[role];
  if (roleLimit !== undefined && (held[role] ?? 0) >= roleLimit)
    return { ok: false, code: 'delegation_full', limit: roleLimit, role };
  return { ok: true };
}

export type DecisionCheck =
  | { ok: true }
  | { ok: false; code: 'registration_already_decided'; status: ParticipantStatus };

/** Only a pending registration is approved or rejected. */
export function checkDecidable(status: ParticipantStatus): DecisionCheck {
  return status === 'pending' ? { ok: true } : { ok: false, code: 'registration_already_decided', status };
}

/** A pending or approved registration may be cancelled; a rejected or cancelled one is final. */
export function checkCancellable(status: ParticipantStatus): DecisionCheck {
  return status === 'pending' || status === 'approved'
    ? { ok: true }
    : { ok: false, code: 'registration_already_decided', status };
}

/** Head, member and interpreter travel with their province's delegation; press may come with one or alone. */
export function needsProvince(role: ParticipantRole): boolean {
  return role === 'head' || role === 'member' || role === 'interpreter';
}

/** Whether a registration joins its province's delegation (and counts against its limits). */
export function joinsDelegation(role: ParticipantRole, provinceId: string | null): boolean {
  return needsProvince(role) || (role === 'press' && provinceId !== null);
}

/** Editions whose last day is over: their passport data has served its purpose. */
export function endedEditionIds(
  editions: readonly ({ id: string } & Pick<RegistrationWindow, 'endsOn' | 'timeZone'>)[],
  now: Date,
): string[] {
  return editions
    .filter((edition) => editionEndInstant(edition.endsOn, edition.timeZone) <= now)
    .map((edition) => edition.id);
}
