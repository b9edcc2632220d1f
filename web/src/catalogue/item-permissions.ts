import { isSecretariat } from '../accounts/session-context.tsx';
import type { CatalogueItem, User } from '../api/types.ts';

/**
 * Mirrors the server's rule for showing the writing tools: the secretariat, the item's province
 * delegation, or the exhibitor or buyer of its organisation. The API's 403 stays the real guard.
 */
export function canWriteItem(user: User | null, item: Pick<CatalogueItem, 'provinceId' | 'organisation'>): boolean {
  if (!user) return false;
  if (isSecretariat(user)) return true;
  if (user.role === 'delegation_member') return user.provinceId !== null && user.provinceId === item.provinceId;
  return (
    (user.role === 'exhibitor' || user.role === 'buyer') &&
    user.organisation !== null &&
    user.organisation === item.organisation?.name
  );
}

/** Anyone who may write some item: the secretariat, delegations, exhibitors and buyers with an organisation. */
export function canWriteItems(user: User | null): boolean {
  if (!user) return false;
  return (
    isSecretariat(user) || (user.role === 'delegation_member' && user.provinceId !== null) || user.organisation !== null
  );
}

export const canRemoveDemo = (user: User | null) => user?.role === 'secretariat_admin';
