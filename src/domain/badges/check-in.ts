import { formatInTimeZone } from 'date-fns-tz';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { getSession } from '../programme/read-programme.ts';
import { listProvinces } from '../provinces/service.ts';
import { findEdition } from '../summit/service.ts';
import { checkAdmission, localDayOf } from './check-in-rules.ts';
import type { Badge, CheckIn } from './model.ts';
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
async function findSignedBadge(context: RequestContext, token: string): Promise<Badge> {
  const parsed = parseBadgeToken(normaliseTypedToken(token));
  if (!parsed.ok) throw invalidToken();
  const key = await findSigningKey(context, parsed.token.keyId);
  if (!key || !isBadgeTokenSignedBy(parsed.token, key)) throw invalidToken();
  const badge = await createBadgesRepository(context.db).findBadge(parsed.token.badgeId);
  if (!badge) throw invalidToken();
  return badge;
}

const invalidToken = () => new AppError('badge_token_invalid', {}, { field: 'token' });

/**
 * Records a scan at the venue's door (no session) or at a session. The door counts a person
 * once per day of the edition's calendar, a session once; a repeat scan answers with the
 * first check-in and counts nothing.
 */
export async function checkIn(
  context: WriteContext,
  request: { token: string; sessionId?: string | undefined },
): Promise<CheckInResult> {
  requirePermission(context.actor, 'check_in.scan');
  const badge = await findSignedBadge(context, request.token);
  const edition = await findEdition(context, badge.editionId);
  if (!edition) throw new AppError('edition_not_found', { id: badge.editionId });
  const holder = await findParticipant(context, badge.participantId);
  if (!holder) throw invalidToken();
  const admission = checkAdmission(badge, holder);
  if (!admission.ok && admission.code === 'badge_revoked') {
    throw new AppError('badge_revoked', {
      revokedAt: `${formatInTimeZone(admission.revokedAt, edition.timeZone, 'yyyy-MM-dd HH:mm')} (${edition.timeZone})`,
    });
  }
  if (!admission.ok) throw new AppError(admission.code, { status: admission.status });
  const sessionId = request.sessionId ?? null;
  if (sessionId && (await getSession(context, sessionId)).editionId !== badge.editionId)
    throw new AppError('session_not_found', { id: sessionId });
  const day = localDayOf(context.now, edition.timeZone);
  const { checkIn: recorded, alreadyCheckedIn } = await recordCheckIn(context, badge, holder, sessionId, day);
  return { checkIn: recorded, alreadyCheckedIn, participant: await describeHolder(context, holder) };
}

async function recordCheckIn(
  context: WriteContext,
  badge: Badge,
  holder: Participant,
  sessionId: string | null,
  day: string,
): Promise<{ checkIn: CheckIn; alreadyCheckedIn: boolean }> {
  const repo = createBadgesRepository(context.db);
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
    await recordAudit(context, 'check_in.record', 'check_in', inserted.id, { after: inserted });
    return { checkIn: inserted, alreadyCheckedIn: false };
  }
  const earlier = sessionId
    ? await repo.findSessionCheckIn(holder.id, sessionId)
    : await repo.findVenueCheckIn(holder.id, day);
  return { checkIn: earlier!, alreadyCheckedIn: true };
}

/** What the door shows of the holder: their names and their province's, never contact data. */
async function describeHolder(context: RequestContext, holder: Participant): Promise<CheckInResult['participant']> {
  const province = holder.provinceId
    ? (await listProvinces(context)).find((entry) => entry.id === holder.provinceId)
    : undefined;
  return {
    id: holder.id,
    nameNative: holder.nameNative,
    nameLatin: holder.nameLatin,
    nameLanguage: holder.nameLanguage,
    role: holder.role,
    organisation: holder.organisation,
    provinceId: holder.provinceId,
    provinceNames: province?.names ?? null,
  };
}
