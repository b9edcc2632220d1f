import { readAll } from '../../platform/db/read-all.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import type { Participant } from '../delegations/model.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition, findVisibleEdition, requireVisibleEdition } from '../summit/service.ts';
import type { Programme, Room, SessionAttendee, SessionDetail, SessionWithPeople } from './model.ts';
import { createProgrammeRepository } from './repository.ts';
import { seatCapacityOf } from './rules.ts';

/** Any edition's programme, a draft's too: for the capabilities that work on it (copying, search). */
export async function getProgramme(context: RequestContext, editionId: string): Promise<Programme> {
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  return programmeOf(context, edition);
}

/** The programme as a reader may open it: a draft edition's only for the secretariat. */
export async function getVisibleProgramme(context: RequestContext, editionId: string): Promise<Programme> {
  return programmeOf(context, await requireVisibleEdition(context, editionId));
}

async function programmeOf(context: RequestContext, edition: Edition): Promise<Programme> {
  const repo = createProgrammeRepository(context.db);
  const [rooms, sessions] = await readAll(context.db, [
    () => repo.listRooms(edition.id),
    () => repo.listSessions(edition.id),
  ]);
  return {
    editionId: edition.id,
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

/** The rooms as a reader may see them: a draft edition's only for the secretariat. */
export async function listRooms(context: RequestContext, editionId: string): Promise<Room[]> {
  await requireVisibleEdition(context, editionId);
  return createProgrammeRepository(context.db).listRooms(editionId);
}

/** A room of a draft edition is not found by anyone but the secretariat. */
export async function getRoom(context: RequestContext, id: string): Promise<Room> {
  const room = await createProgrammeRepository(context.db).findRoom(id);
  if (!room || !(await findVisibleEdition(context, room.editionId))) throw new AppError('room_not_found', { id });
  return room;
}

/** A session as a reader may open it: one of a draft edition is not found by anyone but the secretariat. */
export async function getVisibleSession(context: RequestContext, id: string): Promise<SessionDetail> {
  const session = await getSession(context, id);
  if (!(await findVisibleEdition(context, session.editionId))) throw new AppError('session_not_found', { id });
  return session;
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
