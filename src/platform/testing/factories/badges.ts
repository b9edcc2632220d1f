import { and, eq, isNull } from 'drizzle-orm';
import { badges, checkIns } from '../../../domain/badges/tables.ts';
import type { Executor } from '../../db/client.ts';
import { EDITION_2025 } from './summit.ts';

export type BadgeSpec = { participantId: string; editionId?: string; issuedAt?: Date };

/** A live badge written straight to the table; tests of issuing and printing go through the routes. */
export async function insertBadge(db: Executor, spec: BadgeSpec): Promise<string> {
  const [row] = await db
    .insert(badges)
    .values({
      participantId: spec.participantId,
      editionId: spec.editionId ?? EDITION_2025,
      issuedAt: spec.issuedAt ?? new Date('2025-11-01T08:00:00Z'),
    })
    .returning({ id: badges.id });
  return row!.id;
}

export type CheckInSpec = {
  participantId: string;
  editionId?: string;
  /** The calendar day in the edition's time zone, `YYYY-MM-DD`. */
  day: string;
  /** A scan at a session's door; none for the venue's. */
  sessionId?: string | null;
};

/** A scan of the participant's live badge (issued here if they have none) at 07:00 UTC of the day. */
export async function insertCheckIn(db: Executor, spec: CheckInSpec): Promise<void> {
  const editionId = spec.editionId ?? EDITION_2025;
  const [live] = await db
    .select({ id: badges.id })
    .from(badges)
    .where(and(eq(badges.participantId, spec.participantId), isNull(badges.revokedAt)));
  const badgeId = live?.id ?? (await insertBadge(db, { participantId: spec.participantId, editionId }));
  await db.insert(checkIns).values({
    badgeId,
    participantId: spec.participantId,
    editionId,
    sessionId: spec.sessionId ?? null,
    day: spec.day,
    checkedInAt: new Date(`${spec.day}T07:00:00Z`),
  });
}
