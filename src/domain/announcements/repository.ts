import { readAll } from '../../platform/db/read-all.ts';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { delegations, participants } from '../delegations/tables.ts';
import { programmeSessions, sessionSeats } from '../programme/tables.ts';
import type { Announcement, Audience, NewAnnouncement, Reader } from './model.ts';
import { announcementReads, announcements } from './tables.ts';

type AnnouncementRow = typeof announcements.$inferSelect;
export type ReaderLinks = Pick<Reader, 'delegations' | 'sessionIds'>;

/** Registrations that still stand; a rejected or cancelled person is no longer part of a delegation or a session. */
const LIVE = ['pending', 'approved'] as const;

function toAnnouncement(row: AnnouncementRow): Announcement {
  const { audienceKind, audienceValue, ...rest } = row;
  return { ...rest, audience: audienceOf(audienceKind, audienceValue ?? '') };
}

function audienceOf(kind: AnnouncementRow['audienceKind'], value: string): Audience {
  switch (kind) {
    case 'everyone':
      return { kind };
    case 'role':
      return { kind, role: value as Extract<Audience, { kind: 'role' }>['role'] };
    case 'delegation':
      return { kind, provinceId: value };
    case 'session':
      return { kind, sessionId: value };
  }
}

function audienceValueOf(audience: Audience): string | null {
  switch (audience.kind) {
    case 'everyone':
      return null;
    case 'role':
      return audience.role;
    case 'delegation':
      return audience.provinceId;
    case 'session':
      return audience.sessionId;
  }
}

export function createAnnouncementsRepository(db: Executor) {
  return {
    async insert(announcement: NewAnnouncement): Promise<Announcement> {
      const { audience, ...rest } = announcement;
      const [row] = await db
        .insert(announcements)
        .values({ ...rest, audienceKind: audience.kind, audienceValue: audienceValueOf(audience) })
        .returning();
      return toAnnouncement(row!);
    },

    async find(id: string): Promise<Announcement | null> {
      const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
      return row ? toAnnouncement(row) : null;
    },

    /** Newest first, of one edition or of all. */
    async list(editionId?: string): Promise<Announcement[]> {
      const rows = await db
        .select()
        .from(announcements)
        .where(editionId === undefined ? undefined : eq(announcements.editionId, editionId))
        .orderBy(desc(announcements.postedAt), desc(announcements.id));
      return rows.map(toAnnouncement);
    },

    async readsOf(userId: string): Promise<Map<string, Date>> {
      const rows = await db.select().from(announcementReads).where(eq(announcementReads.userId, userId));
      return new Map(rows.map((row) => [row.announcementId, row.readAt]));
    },

    async readsOfAnnouncements(ids: string[]): Promise<{ announcementId: string; userId: string; readAt: Date }[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(announcementReads)
        .where(inArray(announcementReads.announcementId, ids))
        .orderBy(announcementReads.readAt);
    },

    /** Records the first read only; returns true when this call recorded it. */
    async recordRead(announcementId: string, userId: string, readAt: Date): Promise<boolean> {
      const rows = await db
        .insert(announcementReads)
        .values({ announcementId, userId, readAt })
        .onConflictDoNothing()
        .returning();
      return rows.length > 0;
    },

    // The audience of an announcement is defined by registrations and seats, so this capability
    // reads the delegations' and programme's tables (read-only) to learn what a reader belongs to:
    // going through their services would cost a query per announcement and per reader.

    /** The delegations and sessions the participants linked to these accounts (or to every account) belong to. */
    async readerLinks(userIds?: string[]): Promise<Map<string, ReaderLinks>> {
      if (userIds?.length === 0) return new Map();
      const linked = userIds === undefined ? isNotNull(participants.userId) : inArray(participants.userId, userIds);
      const live = inArray(participants.status, [...LIVE]);
      const [memberships, seats] = await readAll(db, [
        () =>
          db
            .selectDistinct({
              userId: participants.userId,
              editionId: delegations.editionId,
              provinceId: delegations.provinceId,
            })
            .from(participants)
            .innerJoin(delegations, eq(delegations.id, participants.delegationId))
            .where(and(linked, live)),
        () =>
          db
            .selectDistinct({ userId: participants.userId, sessionId: sessionSeats.sessionId })
            .from(sessionSeats)
            .innerJoin(participants, eq(participants.id, sessionSeats.participantId))
            .where(and(linked, live)),
      ]);
      const links = new Map<string, ReaderLinks>();
      const of = (userId: string) =>
        links.get(userId) ?? links.set(userId, { delegations: [], sessionIds: [] }).get(userId)!;
      for (const row of memberships)
        of(row.userId!).delegations.push({ editionId: row.editionId, provinceId: row.provinceId });
      for (const row of seats) of(row.userId!).sessionIds.push(row.sessionId);
      return links;
    },

    async sessionExists(editionId: string, sessionId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: programmeSessions.id })
        .from(programmeSessions)
        .where(and(eq(programmeSessions.id, sessionId), eq(programmeSessions.editionId, editionId)));
      return row !== undefined;
    },

    async delegationExists(editionId: string, provinceId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: delegations.id })
        .from(delegations)
        .where(and(eq(delegations.editionId, editionId), eq(delegations.provinceId, provinceId)));
      return row !== undefined;
    },
  };
}
