import { AppError } from '../errors/app-error.ts';
import type { Actor } from './actor.ts';
import { ORGANISATION_ROLES, type Role } from './roles.ts';

/**
 * Every permission decision of the platform lives here, so that it can be read, reviewed and
 * tested as one matrix of role × action.
 */
export type Action =
  | 'province.edit'
  | 'user.list'
  | 'user.invite'
  | 'user.manage'
  | 'audit.read'
  | 'taxonomy.edit'
  | 'item.write'
  | 'demo.remove'
  | 'edition.manage'
  | 'programme.edit'
  | 'registration.manage'
  | 'delegation.register'
  | 'visa.read'
  | 'badge.manage'
  | 'check_in.scan'
  | 'exhibitor.write'
  | 'booth.assign'
  | 'buyer_interest.write'
  | 'announcement.post'
  | 'dashboard.read'
  | 'transit.manage'
  | 'search.manage'
  | 'transit_scenario.read'
  | 'transit_scenario.write'
  | 'meeting.request'
  | 'meeting.schedule';

/** What an action is done to: the province, for items the organisation they belong to, for personal things their owner. */
export type Target = { provinceId?: string; organisation?: string | null; ownerUserId?: string | null };

const SECRETARIAT: readonly Role[] = ['secretariat_admin', 'secretariat_staff'];

export function isSecretariat(actor: Actor | null): boolean {
  return actor !== null && SECRETARIAT.includes(actor.role);
}

export function can(actor: Actor | null, action: Action, target: Target = {}): boolean {
  if (actor === null) return false;
  switch (action) {
    case 'province.edit':
      return isSecretariat(actor) || (actor.role === 'delegation_member' && actor.provinceId === target.provinceId);
    case 'user.list':
    case 'user.invite':
    case 'audit.read':
    case 'taxonomy.edit':
    case 'edition.manage':
    case 'programme.edit':
    case 'registration.manage':
    case 'visa.read':
    case 'badge.manage':
    case 'check_in.scan':
    case 'booth.assign':
    case 'announcement.post':
    case 'dashboard.read':
    case 'transit.manage':
    case 'search.manage':
    case 'meeting.schedule':
      return isSecretariat(actor);
    // A delegation's office acts for its delegation's people, anyone for the participant linked to their
    // account (exhibitors and buyers for themselves); the secretariat for everyone.
    case 'meeting.request':
      return (
        isSecretariat(actor) ||
        isOwnProvince(actor, target) ||
        (target.ownerUserId !== undefined && target.ownerUserId !== null && target.ownerUserId === actor.userId)
      );
    // Anyone signed in may try out what-if scenarios of their own, seen by them alone; the secretariat
    // sees and keeps everyone's and the shared ones (those without an owner, which everyone may read).
    case 'transit_scenario.read':
    case 'transit_scenario.write':
      return isSecretariat(actor) || (target.ownerUserId !== undefined && target.ownerUserId === actor.userId);
    // A delegation's office registers its own people; the secretariat registers anyone's.
    case 'delegation.register':
      return isSecretariat(actor) || isOwnProvince(actor, target);
    case 'exhibitor.write':
      return isSecretariat(actor) || (actor.role === 'exhibitor' && isOwnOrganisation(actor, target));
    case 'buyer_interest.write':
      return isSecretariat(actor) || (actor.role === 'buyer' && isOwnOrganisation(actor, target));
    case 'item.write':
      return isSecretariat(actor) || isOwnProvince(actor, target) || isOwnOrganisation(actor, target);
    case 'demo.remove':
      return actor.role === 'secretariat_admin';
    case 'user.manage':
      return actor.role === 'secretariat_admin';
  }
}

function isOwnProvince(actor: Actor, target: Target): boolean {
  return actor.role === 'delegation_member' && actor.provinceId !== null && actor.provinceId === target.provinceId;
}

/** Exhibitors and buyers act for their organisation, whatever province it is filed under. */
function isOwnOrganisation(actor: Actor, target: Target): boolean {
  return (
    ORGANISATION_ROLES.includes(actor.role) && actor.organisation !== null && actor.organisation === target.organisation
  );
}

/**
 * Which unpublished items someone may see: the secretariat all (null), a delegation its
 * province's, an exhibitor or buyer their organisation's, the public none.
 */
export function draftScopeOf(actor: Actor | null): { provinceId?: string; organisation?: string } | null | 'none' {
  if (actor === null) return 'none';
  if (isSecretariat(actor)) return null;
  if (actor.role === 'delegation_member' && actor.provinceId) return { provinceId: actor.provinceId };
  if (ORGANISATION_ROLES.includes(actor.role) && actor.organisation) return { organisation: actor.organisation };
  return 'none';
}

/** Staff may bring in delegations, exhibitors and buyers; only an admin may add secretariat members. */
export function canInviteRole(actor: Actor | null, role: Role): boolean {
  if (!can(actor, 'user.invite')) return false;
  return actor?.role === 'secretariat_admin' || !SECRETARIAT.includes(role);
}

/** Stops a use case the actor may not perform, before it reads or writes anything more. */
export function requirePermission(actor: Actor | null, action: Action, target: Target = {}): void {
  if (!can(actor, action, target)) throw new AppError('forbidden');
}
