import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { textIn, type LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { listProvinces } from '../provinces/service.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition } from '../summit/service.ts';
import { renderBadgesPdf, type BadgeCard } from './badge-pdf.ts';
import { listBadgeRoster } from './badge-roster.ts';
import { DEMO_LABEL } from './badge-labels.ts';
import type { Badge, SigningKey } from './model.ts';
import { createBadgesRepository } from './repository.ts';
import { currentSigningKey } from './signing-keys.ts';
import { encodeBadgeToken } from './token-rules.ts';

export type BadgeFile = { fileName: string; pdf: Buffer };

/** A badge speaks its holder's language (the language of their name) and English. */
function cardOf(
  badge: Badge,
  holder: Participant,
  edition: Edition,
  provinceNames: LocalizedText | null,
  key: SigningKey,
): BadgeCard {
  const locale = holder.nameLanguage;
  const role = (language: Locale) => serverMessages(language)(`dashboard.role.${holder.role}`);
  return {
    nameNative: holder.nameNative,
    nameLatin: holder.nameLatin,
    province: provinceNames ? textIn(provinceNames, locale) : null,
    provinceEnglish: provinceNames && locale !== 'en' ? textIn(provinceNames, 'en') : null,
    role: holder.role,
    roleLabel: role(locale),
    roleLabelEnglish: locale !== 'en' ? role('en') : null,
    editionName: textIn(edition.name, locale),
    token: encodeBadgeToken(badge.id, key),
    demoLabel: holder.isDemo ? DEMO_LABEL[locale] : null,
  };
}

async function renderCards(
  db: Executor,
  editionId: string,
  entries: { badge: Badge; holder: Participant }[],
  now: Date,
): Promise<Buffer> {
  const edition = await findEdition(db, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const provinces = new Map((await listProvinces(db)).map((province) => [province.id, province.names]));
  const key = await currentSigningKey(db, now);
  const cards = entries.map(({ badge, holder }) =>
    cardOf(badge, holder, edition, holder.provinceId ? (provinces.get(holder.provinceId) ?? null) : null, key),
  );
  return renderBadgesPdf(cards, textIn(edition.name, 'en'));
}

/** One badge to print. A revoked badge is not printed: its holder has, or needs, a new one. */
export async function renderBadgeFile(
  db: Executor,
  actor: Actor | null,
  badgeId: string,
  now: Date,
): Promise<BadgeFile> {
  if (!can(actor, 'badge.manage')) throw new AppError('forbidden');
  const badge = await createBadgesRepository(db).findBadge(badgeId);
  if (!badge) throw new AppError('badge_not_found', { id: badgeId });
  if (badge.revokedAt) throw new AppError('badge_revoked', { revokedAt: badge.revokedAt.toISOString() });
  const holder = await findParticipant(db, badge.participantId);
  if (!holder) throw new AppError('participant_not_found', { id: badge.participantId });
  return {
    fileName: `badge-${holder.nameLatin.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.pdf`,
    pdf: await renderCards(db, badge.editionId, [{ badge, holder }], now),
  };
}

/** Every live badge of an edition, or of one delegation, one per page, sorted by delegation and name. */
export async function renderEditionBadgesFile(
  db: Executor,
  actor: Actor | null,
  editionId: string,
  delegationId: string | undefined,
  now: Date,
): Promise<BadgeFile> {
  const entries = (await listBadgeRoster(db, actor, editionId, delegationId, now)).flatMap(({ participant, badge }) =>
    badge ? [{ badge, holder: participant }] : [],
  );
  if (entries.length === 0) throw new AppError('badge_not_found', { id: delegationId ?? editionId });
  entries.sort(
    (a, b) =>
      (a.holder.delegationId ?? '').localeCompare(b.holder.delegationId ?? '') ||
      a.holder.nameLatin.localeCompare(b.holder.nameLatin),
  );
  return {
    fileName: `badges-${editionId}${delegationId ? `-${delegationId.slice(0, 8)}` : ''}.pdf`,
    pdf: await renderCards(db, editionId, entries, now),
  };
}
