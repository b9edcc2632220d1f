import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { listRegistrations } from '../delegations/decide-registration.ts';
import type { Participant } from '../delegations/model.ts';
import type { Badge } from './model.ts';
import { createBadgesRepository } from './repository.ts';
import { currentSigningKey } from './signing-keys.ts';
import { encodeBadgeToken } from './token-rules.ts';

export type RosterEntry = { participant: Participant; badge: (Badge & { token: string }) | null };

/**
 * The approved participants of an edition, or of one delegation, each with their live badge.
 * Reading the registrations also needs registration.manage, which every role that manages
 * badges has.
 */
export async function listBadgeRoster(
  context: RequestContext,
  editionId: string,
  delegationId: string | undefined,
): Promise<RosterEntry[]> {
  requirePermission(context.actor, 'badge.manage');
  const [participants, badges] = await readAll(context.db, [
    () => listRegistrations(context, editionId, { status: 'approved', ...(delegationId && { delegationId }) }),
    () => createBadgesRepository(context.db).listLiveBadges(editionId),
  ]);
  const key = await currentSigningKey(context);
  const liveBadgeOf = new Map(
    badges.map((badge) => [badge.participantId, { ...badge, token: encodeBadgeToken(badge.id, key) }]),
  );
  return participants.map((participant) => ({ participant, badge: liveBadgeOf.get(participant.id) ?? null }));
}
