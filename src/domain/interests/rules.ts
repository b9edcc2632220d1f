import type { Actor } from '../../platform/identity/actor.ts';
import type { ErrorCode } from '../../platform/errors/error-codes.ts';
import type { CatalogueItem } from '../catalogue/model.ts';

/**
 * Who sends an interest: a province's office for its delegation members, an organisation for
 * exhibitors and buyers; null for anyone else (the secretariat speaks for no party).
 */
export function senderPartyOf(
  actor: Actor,
): { party: string; provinceId: string | null; organisation: string | null } | null {
  if (actor.role === 'delegation_member' && actor.provinceId)
    return { party: `province:${actor.provinceId}`, provinceId: actor.provinceId, organisation: null };
  if ((actor.role === 'exhibitor' || actor.role === 'buyer') && actor.organisation)
    return {
      party: `organisation:${actor.organisation}`,
      provinceId: actor.provinceId,
      organisation: actor.organisation,
    };
  return null;
}

/** Why an interest in the item may not be sent by this party, or null when it may. */
export function refusalOfInterest(
  sender: { provinceId: string | null; organisation: string | null },
  item: CatalogueItem,
  alreadySent: boolean,
): ErrorCode | null {
  if (item.status !== 'published') return 'interest_item_not_open';
  const ownOrganisation = sender.organisation !== null && item.organisation?.name === sender.organisation;
  if (sender.provinceId === item.provinceId || ownOrganisation) return 'interest_own_province';
  if (alreadySent) return 'interest_duplicate';
  return null;
}
