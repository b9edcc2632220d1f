import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { findEdition } from '../summit/service.ts';
import type { Announcement, Audience } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';

export type AnnouncementContent = { title: LocalizedText; body: LocalizedText; language: Locale; audience: Audience };

/** Languages left blank in the form are not translations: they are dropped, so readers get the original named instead. */
function withoutBlanks(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value?.trim())) as LocalizedText;
}

export async function postAnnouncement(
  context: WriteContext,
  editionId: string,
  content: AnnouncementContent,
): Promise<Announcement> {
  requirePermission(context.actor, 'announcement.post');
  if (!(await findEdition(context, editionId))) throw new AppError('edition_not_found', { id: editionId });
  await checkAudienceExists(context, editionId, content.audience);
  const announcement = await createAnnouncementsRepository(context.db).insert({
    editionId,
    title: withoutBlanks(content.title),
    body: withoutBlanks(content.body),
    language: content.language,
    audience: content.audience,
    postedBy: context.actor?.userId ?? null,
    postedAt: context.now,
  });
  await recordAudit(context, 'announcement.post', 'announcement', announcement.id, { after: announcement });
  return announcement;
}

/** The session or delegation is the one field of the audience the secretary chose, so the refusal names it. */
async function checkAudienceExists(context: WriteContext, editionId: string, audience: Audience): Promise<void> {
  const repo = createAnnouncementsRepository(context.db);
  if (audience.kind === 'session' && !(await repo.sessionExists(editionId, audience.sessionId))) {
    throw new AppError('session_not_found', { id: audience.sessionId }, { field: 'audience.sessionId' });
  }
  if (audience.kind === 'delegation' && !(await repo.delegationExists(editionId, audience.provinceId))) {
    throw new AppError('delegation_not_found', { id: audience.provinceId }, { field: 'audience.provinceId' });
  }
}
