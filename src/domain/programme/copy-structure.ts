import type { WriteContext } from '../../platform/context/request-context.ts';
import type { EditionCopy } from '../summit/model.ts';
import { createProgrammeRepository } from './repository.ts';
import { shiftByEditionDays } from './rules.ts';

/**
 * Programme's step of copying an edition forward: the old edition's rooms and sessions, `days`
 * later at the same wall-clock time, without moderators, speakers or seats: each edition invites
 * its own people. Runs in the copy's transaction, which records the audit entry. The copy is a
 * draft, so its sessions go into search only when it is published (indexEditionSessions).
 */
export async function copyProgrammeStructure(
  context: WriteContext,
  { source, target, days, panelIds }: EditionCopy,
): Promise<{ rooms: number; sessions: number }> {
  const repo = createProgrammeRepository(context.db);
  const roomIds = new Map<string, string>();
  for (const { id, editionId: _editionId, ...room } of await repo.listRooms(source.id)) {
    roomIds.set(id, (await repo.insertRoom({ ...room, editionId: target.id })).id);
  }
  const sessions = await repo.listSessions(source.id);
  for (const { id: _id, people: _people, seatsTaken: _seats, editionId: _editionId, ...session } of sessions) {
    await repo.insertSession(
      {
        ...session,
        editionId: target.id,
        panelId: session.panelId ? (panelIds.get(session.panelId) ?? null) : null,
        roomId: session.roomId ? (roomIds.get(session.roomId) ?? null) : null,
        startsAt: shiftByEditionDays(session.startsAt, days, source.timeZone, target.timeZone),
        endsAt: shiftByEditionDays(session.endsAt, days, source.timeZone, target.timeZone),
        createdAt: context.now,
        updatedAt: context.now,
      },
      [],
    );
  }
  return { rooms: roomIds.size, sessions: sessions.length };
}
