import { readAll } from '../../platform/db/read-all.ts';
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { AttendanceSummary, Badge, CheckIn, NewCheckIn, SigningKey } from './model.ts';
import { badgeSigningKeys, badges, checkIns } from './tables.ts';

// First key of the two-key advisory lock: keeps the badges' locks apart from any other use.
const BADGES_LOCK_CLASS = 5_000_301;

export function createBadgesRepository(db: Executor) {
  return {
    /**
     * Stores a key under `id` unless one is there already, then reads whichever won: two
     * instances starting at once end up signing with the same secret.
     */
    async ensureSigningKey(id: number, secretBase64url: string, now: Date): Promise<SigningKey> {
      await db.insert(badgeSigningKeys).values({ id, secret: secretBase64url, createdAt: now }).onConflictDoNothing();
      const key = await this.findSigningKey(id);
      return key!;
    },

    async findSigningKey(id: number): Promise<SigningKey | null> {
      const [row] = await db.select().from(badgeSigningKeys).where(eq(badgeSigningKeys.id, id));
      return row ? { id: row.id, secret: Buffer.from(row.secret, 'base64url') } : null;
    },

    async findBadge(id: string): Promise<Badge | null> {
      const [row] = await db.select().from(badges).where(eq(badges.id, id));
      return row ?? null;
    },

    async findLiveBadgeOf(participantId: string): Promise<Badge | null> {
      const [row] = await db
        .select()
        .from(badges)
        .where(and(eq(badges.participantId, participantId), isNull(badges.revokedAt)));
      return row ?? null;
    },

    async listLiveBadges(editionId: string): Promise<Badge[]> {
      return db
        .select()
        .from(badges)
        .where(and(eq(badges.editionId, editionId), isNull(badges.revokedAt)))
        .orderBy(asc(badges.issuedAt));
    },

    async insertBadge(badge: Omit<Badge, 'revokedAt' | 'revokedBy' | 'revokedReason'>): Promise<Badge> {
      const [row] = await db.insert(badges).values(badge).returning();
      return row!;
    },

    /** Null when the badge was revoked already, by this request's rival or earlier. */
    async revokeBadge(id: string, revokedBy: string | null, reason: string, now: Date): Promise<Badge | null> {
      const [row] = await db
        .update(badges)
        .set({ revokedAt: now, revokedBy, revokedReason: reason })
        .where(and(eq(badges.id, id), isNull(badges.revokedAt)))
        .returning();
      return row ?? null;
    },

    /**
     * Serialises badge writes for one participant until the transaction ends, on PostgreSQL
     * across all app instances, so that two issues at once cannot both find no live badge.
     */
    async lockParticipantBadges(participantId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${BADGES_LOCK_CLASS}, hashtext(${participantId}))`);
    },

    /** Inserts the check-in unless the unique indexes say it was counted already; null then. */
    async insertCheckInOnce(checkIn: NewCheckIn): Promise<CheckIn | null> {
      const [row] = await db.insert(checkIns).values(checkIn).onConflictDoNothing().returning();
      return row ?? null;
    },

    async findVenueCheckIn(participantId: string, day: string): Promise<CheckIn | null> {
      const [row] = await db
        .select()
        .from(checkIns)
        .where(and(eq(checkIns.participantId, participantId), eq(checkIns.day, day), isNull(checkIns.sessionId)));
      return row ?? null;
    },

    async findSessionCheckIn(participantId: string, sessionId: string): Promise<CheckIn | null> {
      const [row] = await db
        .select()
        .from(checkIns)
        .where(and(eq(checkIns.participantId, participantId), eq(checkIns.sessionId, sessionId)));
      return row ?? null;
    },

    /** Distinct participants seen per day (at the door or in any session) and per session. */
    async summariseAttendance(editionId: string): Promise<AttendanceSummary> {
      const count = sql<number>`count(distinct ${checkIns.participantId})::int`;
      const [byDay, bySession] = await readAll(db, [
        () =>
          db
            .select({ day: checkIns.day, count })
            .from(checkIns)
            .where(eq(checkIns.editionId, editionId))
            .groupBy(checkIns.day)
            .orderBy(asc(checkIns.day)),
        () =>
          db
            .select({ sessionId: checkIns.sessionId, count })
            .from(checkIns)
            .where(and(eq(checkIns.editionId, editionId), isNotNull(checkIns.sessionId)))
            .groupBy(checkIns.sessionId)
            .orderBy(asc(checkIns.sessionId)),
      ]);
      return {
        byDay: byDay.map((row) => ({ day: row.day, count: Number(row.count) })),
        bySession: bySession.map((row) => ({ sessionId: row.sessionId!, count: Number(row.count) })),
      };
    },
  };
}
