import type { Executor } from '../../platform/db/client.ts';
import { createProgrammeRepository } from './repository.ts';
import { shiftByEditionDays } from './rules.ts';

type EditionRef = { id: string; timeZone: string };

/**
 * Gives a new edition the old one's rooms and sessions, `days` later at the same wall-clock
 * time, without moderators, speakers or seats: each edition invites its own people. Runs inside
 * the caller's transaction (the edition copy), which records the audit entry.
 */
export async function copyProgrammeStructure(
  tx: Executor,
  from: EditionRef,
  to: EditionRef,
  days: number,
  panelIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<{ rooms: number; sessions: number }> {
  const repo = createProgrammeRepository(tx);
  const roomIds = new Map<string, string>();
  for (const { id, editionId: _editionId, ...room } of await repo.listRooms(from.id)) {
    roomIds.set(id, (await repo.insertRoom({ ...room, editionId: to.id })).id);
  }
  const sessions = await repo.listSessions(from.id);
  for (const { id: _id, people: _people, seatsTaken: _seats, editionId: _editionId, ...session } of sessions) {
    await repo.insertSession(
      {
        ...session,
        editionId: to.id,
        panelId: session.panelId ? (panelIds.get(session.panelId) ?? null) : null,
        roomId: session.roomId ? (roomIds.get(session.roomId) ?? null) : null,
        startsAt: shiftByEditionDays(session.startsAt, days, from.timeZone, to.timeZone),
        endsAt: shiftByEditionDays(session.endsAt, days, from.timeZone, to.timeZone),
        createdAt: now,
        updatedAt: now,
      },
      [],
    );
  }
  return { rooms: roomIds.size, sessions: sessions.length };
}
