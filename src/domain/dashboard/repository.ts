import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { programmeSessions, sessionSeats } from '../programme/tables.ts';

export type SessionSeatCount = { sessionId: string; title: LocalizedText; startsAt: Date; seatsReserved: number };

/**
 * The dashboard reads the programme's tables directly, read-only: it needs every session of the
 * edition with its reserved seats in one query, beside the check-ins counted by the badges capability.
 */
export function createDashboardRepository(db: Executor) {
  return {
    async listSessionSeatCounts(editionId: string): Promise<SessionSeatCount[]> {
      const rows = await db
        .select({
          sessionId: programmeSessions.id,
          title: programmeSessions.title,
          startsAt: programmeSessions.startsAt,
          seatsReserved: sql<number>`count(${sessionSeats.participantId})::int`,
        })
        .from(programmeSessions)
        .leftJoin(sessionSeats, eq(sessionSeats.sessionId, programmeSessions.id))
        .where(eq(programmeSessions.editionId, editionId))
        .groupBy(programmeSessions.id)
        .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id));
      return rows.map((row) => ({ ...row, seatsReserved: Number(row.seatsReserved) }));
    },
  };
}
