import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { listEditions } from '../summit/service.ts';
import type { Announcement, Audience } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';

export type AnnouncementContent = { title: LocalizedText; body: LocalizedText; language: Locale; audience: Audience };

/** Languages left blank in the form are not translations: they are dropped, so readers get the original named instead. */
function withoutBlanks(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value?.trim())) as LocalizedText;
}

export async function postAnnouncement(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  editionId: string,
  content: AnnouncementContent,
  now: Date,
): Promise<Announcement> {
  if (!actor) throw new AppError('not_authenticated');
  if (!can(actor, 'announcement.post')) throw new AppError('forbidden');
  if (!(await listEditions(db)).some((edition) => edition.id === editionId))
    throw new AppError('edition_not_found', { id: editionId });
  return inTransaction(db, async (tx) => {
    const repo = createAnnouncementsRepository(tx);
    await checkAudienceExists(repo, editionId, content.audience);
    const announcement = await repo.insert({
      editionId,
      title: withoutBlanks(content.title),
      body: withoutBlanks(content.body),
      language: content.language,
      audience: content.audience,
      postedBy: actor.userId,
      postedAt: now,
    });
    await recordAudit(tx, audit, {
      action: 'announcement.post',
      entityType: 'announcement',
      entityId: announcement.id,
      after: announcement,
    });
    return announcement;
  });
}

async function checkAudienceExists(
  repo: ReturnType<typeof createAnnouncementsRepository>,
  editionId: string,
  audience: Audience,
): Promise<void> {
  if (audience.kind === 'session' && !(await repo.sessionExists(editionId, audience.sessionId))) {
    throw new AppError('session_not_found', { id: audience.sessionId });
  }
  if (audience.kind === 'delegation' && !(await repo.delegationExists(editionId, audience.provinceId))) {
    throw new AppError('delegation_not_found', { id: audience.provinceId });
  }
}
