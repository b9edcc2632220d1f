import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { listUsers } from '../accounts/users.ts';
import { findEdition } from '../summit/service.ts';
import type { Announcement, Reader, Receipt } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';
import { isAddressedTo } from './rules.ts';

export type AnnouncementReceipts = { announcement: Announcement; recipients: number; receipts: Receipt[] };

/**
 * Who each announcement reaches now (active accounts, by the same audience rule readers see) and
 * who has opened it. Recipients are counted as of today: someone registered later counts too.
 */
async function receiptsOf(context: RequestContext, announcements: Announcement[]): Promise<AnnouncementReceipts[]> {
  const repo = createAnnouncementsRepository(context.db);
  const [users, links, reads] = await readAll(context.db, [
    () => listUsers(context),
    () => repo.readerLinks(),
    () => repo.readsOfAnnouncements(announcements.map((entry) => entry.id)),
  ]);
  const byId = new Map(users.map((user) => [user.userId, user]));
  const readers: Reader[] = users
    .filter((user) => user.disabledAt === null)
    .map((user) => ({
      userId: user.userId,
      role: user.role,
      provinceId: user.provinceId,
      delegations: links.get(user.userId)?.delegations ?? [],
      sessionIds: links.get(user.userId)?.sessionIds ?? [],
    }));
  return announcements.map((announcement) => ({
    announcement,
    recipients: readers.filter((reader) => isAddressedTo(announcement, reader)).length,
    receipts: reads
      .filter((read) => read.announcementId === announcement.id)
      .map((read) => ({
        userId: read.userId,
        displayName: byId.get(read.userId)?.displayName ?? '',
        email: byId.get(read.userId)?.email ?? '',
        readAt: read.readAt,
      })),
  }));
}

export async function listPostedAnnouncements(
  context: RequestContext,
  editionId: string,
): Promise<AnnouncementReceipts[]> {
  requirePermission(context.actor, 'announcement.post');
  if (!(await findEdition(context, editionId))) throw new AppError('edition_not_found', { id: editionId });
  return receiptsOf(context, await createAnnouncementsRepository(context.db).list(editionId));
}

export async function getAnnouncementReceipts(context: RequestContext, id: string): Promise<AnnouncementReceipts> {
  requirePermission(context.actor, 'announcement.post');
  const announcement = await createAnnouncementsRepository(context.db).find(id);
  if (!announcement) throw new AppError('announcement_not_found', { id });
  return (await receiptsOf(context, [announcement]))[0]!;
}
