import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Actor } from '../accounts/model.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import type { Announcement, Reader } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';
import { isAddressedTo, textForReader, type ReadableText } from './rules.ts';

export type InboxEntry = {
  announcement: Announcement;
  title: ReadableText;
  body: ReadableText;
  readAt: Date | null;
};

async function readerOf(db: Executor, actor: Actor): Promise<Reader> {
  const links = (await createAnnouncementsRepository(db).readerLinks([actor.userId])).get(actor.userId);
  return {
    userId: actor.userId,
    role: actor.role,
    provinceId: actor.provinceId,
    delegations: links?.delegations ?? [],
    sessionIds: links?.sessionIds ?? [],
  };
}

/**
 * Everything addressed to the reader, newest first, in their language. Announcements are few
 * (dozens per edition), so all are loaded and the audience rule decides, rather than repeating
 * the rule in SQL.
 */
export async function listMyAnnouncements(
  db: Executor,
  actor: Actor | null,
  locale: Locale,
): Promise<{ unread: number; entries: InboxEntry[] }> {
  if (!actor) throw new AppError('not_authenticated');
  const repo = createAnnouncementsRepository(db);
  const [reader, all, reads] = await Promise.all([readerOf(db, actor), repo.list(), repo.readsOf(actor.userId)]);
  const entries = all
    .filter((announcement) => isAddressedTo(announcement, reader))
    .map((announcement) => ({
      announcement,
      title: textForReader(announcement.title, locale, announcement.language),
      body: textForReader(announcement.body, locale, announcement.language),
      readAt: reads.get(announcement.id) ?? null,
    }));
  return { unread: entries.filter((entry) => entry.readAt === null).length, entries };
}

/** Records that the reader opened the announcement; opening it again changes nothing. */
export async function markAnnouncementRead(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  id: string,
  now: Date,
): Promise<void> {
  if (!actor) throw new AppError('not_authenticated');
  const announcement = await createAnnouncementsRepository(db).find(id);
  // One answer for "no such announcement" and "not for you", so ids of others' announcements reveal nothing.
  if (!announcement || !isAddressedTo(announcement, await readerOf(db, actor)))
    throw new AppError('announcement_not_found', { id });
  await inTransaction(db, async (tx) => {
    const recorded = await createAnnouncementsRepository(tx).recordRead(id, actor.userId, now);
    if (recorded)
      await recordAudit(tx, audit, {
        action: 'announcement.read',
        entityType: 'announcement',
        entityId: id,
        after: { readAt: now },
      });
  });
}
