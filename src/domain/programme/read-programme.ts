import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import type { Participant } from '../delegations/model.ts';
import { findEdition } from '../summit/service.ts';
import type { Programme, Room, SessionAttendee, SessionDetail, SessionWithPeople } from './model.ts';
import { createProgrammeRepository } from './repository.ts';
import { seatCapacityOf } from './rules.ts';

export async function getProgramme(context: RequestContext, editionId: string): Promise<Programme> {
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const repo = createProgrammeRepository(context.db);
  const [rooms, sessions] = await readAll(context.db, [
    () => repo.listRooms(editionId),
    () => repo.listSessions(editionId),
  ]);
  return {
    editionId,
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    timeZone: edition.timeZone,
    rooms,
    sessions: await describeSessions(context, sessions, rooms),
  };
}

/**
 * The edition's sessions with everyone in them (moderators, speakers, seat holders): what takes a
 * person's time, for the meetings scheduler and a person's agenda.
 */
export async function listSessionAttendees(
  context: RequestContext,
  editionId: string,
): Promise<{ sessions: SessionDetail[]; attendees: SessionAttendee[] }> {
  const repo = createProgrammeRepository(context.db);
  const [rooms, sessions, seats] = await readAll(context.db, [
    () => repo.listRooms(editionId),
    () => repo.listSessions(editionId),
    () => repo.listSeatHolders(editionId),
  ]);
  const attendees: SessionAttendee[] = [
    ...sessions.flatMap((session) => session.people.map((person) => ({ sessionId: session.id, ...person }))),
    ...seats.map((seat) => ({ ...seat, role: 'seat' as const })),
  ];
  return { sessions: await describeSessions(context, sessions, rooms), attendees };
}

export async function listRooms(context: RequestContext, editionId: string): Promise<Room[]> {
  if (!(await findEdition(context, editionId))) throw new AppError('edition_not_found', { id: editionId });
  return createProgrammeRepository(context.db).listRooms(editionId);
}

export async function getRoom(context: RequestContext, id: string): Promise<Room> {
  const room = await createProgrammeRepository(context.db).findRoom(id);
  if (!room) throw new AppError('room_not_found', { id });
  return room;
}

export async function getSession(context: RequestContext, id: string): Promise<SessionDetail> {
  const repo = createProgrammeRepository(context.db);
  const session = await repo.findSession(id);
  if (!session) throw new AppError('session_not_found', { id });
  const rooms = await repo.listRooms(session.editionId);
  const [detail] = await describeSessions(context, [session], rooms);
  return detail!;
}

/** Sessions with their room's name, seat limit and the names of their moderators and speakers. */
export async function describeSessions(
  context: RequestContext,
  sessions: readonly SessionWithPeople[],
  rooms: readonly Room[],
): Promise<SessionDetail[]> {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const participantIds = [
    ...new Set(sessions.flatMap((session) => session.people.map((person) => person.participantId))),
  ];
  const participants = new Map<string, Participant | null>();
  for (const id of participantIds) participants.set(id, await findParticipant(context, id));
  return sessions.map(({ people, ...session }) => {
    const room = session.roomId ? (roomsById.get(session.roomId) ?? null) : null;
    return {
      ...session,
      roomName: room?.name ?? null,
      seatCapacity: seatCapacityOf(session, room),
      people: people.map((person) => {
        const participant = participants.get(person.participantId);
        return {
          ...person,
          nameNative: participant?.nameNative ?? '',
          nameLatin: participant?.nameLatin ?? '',
          position: participant?.position ?? null,
        };
      }),
    };
  });
}
