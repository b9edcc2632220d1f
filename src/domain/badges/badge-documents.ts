import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { textIn, type LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { listProvinces } from '../provinces/service.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition } from '../summit/service.ts';
import { renderBadgesPdf, type BadgeCard } from './badge-pdf.ts';
import { listBadgeRoster } from './badge-roster.ts';
import { DEMO_LABEL, editionNameFor } from './badge-labels.ts';
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
    editionName: editionNameFor(edition.name, holder),
    token: encodeBadgeToken(badge.id, key),
    demoLabel: holder.isDemo ? DEMO_LABEL[locale] : null,
  };
}

async function renderCards(
  context: RequestContext,
  editionId: string,
  entries: { badge: Badge; holder: Participant }[],
): Promise<Buffer> {
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const provinces = new Map((await listProvinces(context)).map((province) => [province.id, province.names]));
  const key = await currentSigningKey(context);
  const cards = entries.map(({ badge, holder }) =>
    cardOf(badge, holder, edition, holder.provinceId ? (provinces.get(holder.provinceId) ?? null) : null, key),
  );
  return renderBadgesPdf(cards, textIn(edition.name, 'en'));
}

/** One badge to print. A revoked badge is not printed: its holder has, or needs, a new one. */
export async function renderBadgeFile(context: RequestContext, badgeId: string): Promise<BadgeFile> {
  requirePermission(context.actor, 'badge.manage');
  const badge = await createBadgesRepository(context.db).findBadge(badgeId);
  if (!badge) throw new AppError('badge_not_found', { id: badgeId });
  if (badge.revokedAt) throw new AppError('badge_revoked', { revokedAt: badge.revokedAt.toISOString() });
  const holder = await findParticipant(context, badge.participantId);
  if (!holder) throw new AppError('participant_not_found', { id: badge.participantId });
  return {
    fileName: `badge-${holder.nameLatin.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.pdf`,
    pdf: await renderCards(context, badge.editionId, [{ badge, holder }]),
  };
}

/** Every live badge of an edition, or of one delegation, one per page, sorted by delegation and name. */
export async function renderEditionBadgesFile(
  context: RequestContext,
  editionId: string,
  delegationId: string | undefined,
): Promise<BadgeFile> {
  const entries = (await listBadgeRoster(context, editionId, delegationId)).flatMap(({ participant, badge }) =>
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
    pdf: await renderCards(context, editionId, entries),
  };
}
