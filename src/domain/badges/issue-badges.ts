import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { checkBadgeIssue } from './check-in-rules.ts';
import type { Badge } from './model.ts';
import { createBadgesRepository } from './repository.ts';
import { currentSigningKey } from './signing-keys.ts';
import { encodeBadgeToken } from './token-rules.ts';

export type IssuedBadge = Badge & { token: string };

// Recorded as the reason when a new badge replaces a live one.
export const REISSUE_REASON = 'reissued';

/** A new badge for an approved participant; the live one they had, lost or misprinted, is revoked with it. */
export async function issueBadge(context: WriteContext, participantId: string): Promise<IssuedBadge> {
  requirePermission(context.actor, 'badge.manage');
  const repo = createBadgesRepository(context.db);
  const holder = await findParticipant(context, participantId);
  if (!holder) throw new AppError('participant_not_found', { id: participantId });
  const check = checkBadgeIssue(holder);
  if (!check.ok) throw new AppError(check.code, { status: check.status });
  await repo.lockParticipantBadges(participantId);
  const previous = await repo.findLiveBadgeOf(participantId);
  if (previous) {
    const revoked = await repo.revokeBadge(previous.id, context.actor?.userId ?? null, REISSUE_REASON, context.now);
    await recordAudit(context, 'badge.revoke', 'badge', previous.id, { before: previous, after: revoked });
  }
  const badge = await repo.insertBadge({
    id: randomUUID(),
    participantId,
    editionId: holder.editionId,
    issuedAt: context.now,
    issuedBy: context.actor?.userId ?? null,
  });
  await recordAudit(context, 'badge.issue', 'badge', badge.id, { after: badge });
  return { ...badge, token: encodeBadgeToken(badge.id, await currentSigningKey(context)) };
}

/** A revoked badge stays in the table, so that a scan of it can say it was revoked rather than unknown. */
export async function revokeBadge(context: WriteContext, badgeId: string, reason: string): Promise<Badge> {
  requirePermission(context.actor, 'badge.manage');
  const repo = createBadgesRepository(context.db);
  const found = await repo.findBadge(badgeId);
  if (!found) throw new AppError('badge_not_found', { id: badgeId });
  await repo.lockParticipantBadges(found.participantId);
  const before = (await repo.findBadge(badgeId))!;
  if (before.revokedAt) return before;
  const after = await repo.revokeBadge(badgeId, context.actor?.userId ?? null, reason, context.now);
  await recordAudit(context, 'badge.revoke', 'badge', badgeId, { before, after });
  return after!;
}
