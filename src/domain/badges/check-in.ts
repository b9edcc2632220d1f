import { formatInTimeZone } from 'date-fns-tz';
import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { getSession } from '../programme/read-programme.ts';
import { listProvinces } from '../provinces/service.ts';
import { findEdition } from '../summit/service.ts';
import { checkAdmission, localDayOf } from './check-in-rules.ts';
import type { Badge, CheckIn } from './model.ts';
import type { BadgeContext } from './issue-badges.ts';
import { createBadgesRepository } from './repository.ts';
import { findSigningKey } from './signing-keys.ts';
import { isBadgeTokenSignedBy, normaliseTypedToken, parseBadgeToken } from './token-rules.ts';

export type CheckInResult = {
  checkIn: CheckIn;
  alreadyCheckedIn: boolean;
  participant: Pick<
    Participant,
    'id' | 'nameNative' | 'nameLatin' | 'nameLanguage' | 'role' | 'organisation' | 'provinceId'
  > & { provinceNames: LocalizedText | null };
};

/** The badge a token names, if the token's signature is genuine; anything else is one and the same refusal. */
async function findSignedBadge(db: Database, token: string): Promise<Badge> {
  const parsed = parseBadgeToken(normaliseTypedToken(token));
  if (!parsed.ok) throw new AppError('badge_token_invalid');
  const key = await findSigningKey(db, parsed.token.keyId);
  if (!key || !isBadgeTokenSignedBy(parsed.token, key)) throw new AppError('badge_token_invalid');
  const badge = await createBadgesRepository(db).findBadge(parsed.token.badgeId);
  if (!badge) throw new AppError('badge_token_invalid');
  return badge;
}

/**
 * Records a scan at the venue's door (no session) or at a session. The door counts a person
 * once per day of the edition's calendar, a session once; a repeat scan answers with the
 * first check-in and counts nothing.
 */
export async function checkIn(
  db: Database,
  context: BadgeContext,
  request: { token: string; sessionId?: string | undefined },
): Promise<CheckInResult> {
  if (!can(context.actor, 'check_in.scan')) throw new AppError('forbidden');
  const badge = await findSignedBadge(db, request.token);
  const edition = await findEdition(db, badge.editionId);
  if (!edition) throw new AppError('edition_not_found', { id: badge.editionId });
  const holder = await findParticipant(db, badge.participantId);
  if (!holder) throw new AppError('badge_token_invalid');
  const admission = checkAdmission(badge, holder);
  if (!admission.ok && admission.code === 'badge_revoked') {
    throw new AppError('badge_revoked', {
      revokedAt: `${formatInTimeZone(admission.revokedAt, edition.timeZone, 'yyyy-MM-dd HH:mm')} (${edition.timeZone})`,
    });
  }
  if (!admission.ok) throw new AppError(admission.code, { status: admission.status });
  const sessionId = request.sessionId ?? null;
  if (sessionId && (await getSession(db, sessionId)).editionId !== badge.editionId)
    throw new AppError('session_not_found', { id: sessionId });

  const day = localDayOf(context.now, edition.timeZone);
  const { checkIn: recorded, alreadyCheckedIn } = await inTransaction(db, async (tx) => {
    const repo = createBadgesRepository(tx);
    const inserted = await repo.insertCheckInOnce({
      badgeId: badge.id,
      participantId: holder.id,
      editionId: badge.editionId,
      sessionId,
      day,
      checkedInAt: context.now,
      checkedInBy: context.actor?.userId ?? null,
    });
    if (inserted) {
      await recordAudit(tx, context.audit, {
        action: 'check_in.record',
        entityType: 'check_in',
        entityId: inserted.id,
        after: inserted,
      });
      return { checkIn: inserted, alreadyCheckedIn: false };
    }
    const earlier = sessionId
      ? await repo.findSessionCheckIn(holder.id, sessionId)
      : await repo.findVenueCheckIn(holder.id, day);
    return { checkIn: earlier!, alreadyCheckedIn: true };
  });
  const province = holder.provinceId
    ? (await listProvinces(db)).find((entry) => entry.id === holder.provinceId)
    : undefined;
  return {
    checkIn: recorded,
    alreadyCheckedIn,
    participant: {
      id: holder.id,
      nameNative: holder.nameNative,
      nameLatin: holder.nameLatin,
      nameLanguage: holder.nameLanguage,
      role: holder.role,
      organisation: holder.organisation,
      provinceId: holder.provinceId,
      provinceNames: province?.names ?? null,
    },
  };
}
