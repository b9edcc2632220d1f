import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
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
  db: Executor,
  actor: Actor | null,
  editionId: string,
  delegationId: string | undefined,
  now: Date,
): Promise<RosterEntry[]> {
  if (!can(actor, 'badge.manage')) throw new AppError('forbidden');
  const [participants, badges] = await Promise.all([
    listRegistrations(db, actor, editionId, { status: 'approved', ...(delegationId && { delegationId }) }),
    createBadgesRepository(db).listLiveBadges(editionId),
  ]);
  const key = await currentSigningKey(db, now);
  const liveBadgeOf = new Map(
    badges.map((badge) => [badge.participantId, { ...badge, token: encodeBadgeToken(badge.id, key) }]),
  );
  return participants.map((participant) => ({ participant, badge: liveBadgeOf.get(participant.id) ?? null }));
}
