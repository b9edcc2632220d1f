import type { Actor } from './model.ts';
import type { Role } from './roles.ts';

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
  | 'taxonomy.edit';

/** What an action is done to; only province-scoped actions need it. */
export type Target = { provinceId?: string };

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
      return isSecretariat(actor);
    case 'user.manage':
      return actor.role === 'secretariat_admin';
  }
}

/** Staff may bring in delegations, exhibitors and buyers; only an admin may add secretariat members. */
export function canInviteRole(actor: Actor | null, role: Role): boolean {
  if (!can(actor, 'user.invite')) return false;
  return actor?.role === 'secretariat_admin' || !SECRETARIAT.includes(role);
}
