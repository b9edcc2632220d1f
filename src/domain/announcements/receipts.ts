import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { listUsers } from '../accounts/users.ts';
import { listEditions } from '../summit/service.ts';
import type { Announcement, Reader, Receipt } from './model.ts';
import { createAnnouncementsRepository } from './repository.ts';
import { isAddressedTo } from './rules.ts';

export type AnnouncementReceipts = { announcement: Announcement; recipients: number; receipts: Receipt[] };

function requirePoster(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('not_authenticated');
  if (!can(actor, 'announcement.post')) throw new AppError('forbidden');
}

/**
 * Who each announcement reaches now (active accounts, by the same audience rule readers see) and
 * who has opened it. Recipients are counted as of today: someone registered later counts too.
 */
async function receiptsOf(db: Database, actor: Actor, announcements: Announcement[]): Promise<AnnouncementReceipts[]> {
  const repo = createAnnouncementsRepository(db);
  const [users, links, reads] = await Promise.all([
    listUsers(db, actor),
    repo.readerLinks(),
    repo.readsOfAnnouncements(announcements.map((entry) => entry.id)),
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
  db: Database,
  actor: Actor | null,
  editionId: string,
): Promise<AnnouncementReceipts[]> {
  requirePoster(actor);
  if (!(await listEditions(db)).some((edition) => edition.id === editionId))
    throw new AppError('edition_not_found', { id: editionId });
  return receiptsOf(db, actor, await createAnnouncementsRepository(db).list(editionId));
}

export async function getAnnouncementReceipts(
  db: Database,
  actor: Actor | null,
  id: string,
): Promise<AnnouncementReceipts> {
  requirePoster(actor);
  const announcement = await createAnnouncementsRepository(db).find(id);
  if (!announcement) throw new AppError('announcement_not_found', { id });
  return (await receiptsOf(db, actor, [announcement]))[0]!;
}
