import { readAll } from '../../platform/db/read-all.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import type { Announcement, Reader } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';
import { isAddressedTo, type ReadableText, textForReader } from './rules.ts';

export type InboxEntry = {
  announcement: Announcement;
  title: ReadableText;
  body: ReadableText;
  readAt: Date | null;
};

/** Announcements are addressed to accounts: whoever reads them must be signed in. */
function readerAccountOf(context: RequestContext): Actor {
  if (!context.actor) throw new AppError('not_authenticated');
  return context.actor;
}

async function readerOf(context: RequestContext, actor: Actor): Promise<Reader> {
  const links = (await createAnnouncementsRepository(context.db).readerLinks([actor.userId])).get(actor.userId);
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
export async function listMyAnnouncements(context: RequestContext): Promise<{ unread: number; entries: InboxEntry[] }> {
  const actor = readerAccountOf(context);
  const repo = createAnnouncementsRepository(context.db);
  const [reader, all, reads] = await readAll(context.db, [
    () => readerOf(context, actor),
    () => repo.list(),
    () => repo.readsOf(actor.userId),
  ]);
  const entries = all
    .filter((announcement) => isAddressedTo(announcement, reader))
    .map((announcement) => ({
      announcement,
      title: textForReader(announcement.title, context.locale, announcement.language),
      body: textForReader(announcement.body, context.locale, announcement.language),
      readAt: reads.get(announcement.id) ?? null,
    }));
  return { unread: entries.filter((entry) => entry.readAt === null).length, entries };
}

/**
 * Records that the reader opened the announcement; opening it again changes nothing. A write:
 * the receipt and its audit entry commit together, in the caller's transaction.
 */
export async function markAnnouncementRead(context: WriteContext, id: string): Promise<void> {
  const actor = readerAccountOf(context);
  const repo = createAnnouncementsRepository(context.db);
  const announcement = await repo.find(id);
  // One answer for "no such announcement" and "not for you", so ids of others' announcements reveal nothing.
  if (!announcement || !isAddressedTo(announcement, await readerOf(context, actor))) {
    throw new AppError('announcement_not_found', { id });
  }
  if (!(await repo.recordRead(id, actor.userId, context.now))) return;
  await recordAudit(context, 'announcement.read', 'announcement', id, { after: { readAt: context.now } });
}
