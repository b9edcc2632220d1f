import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can } from '../../platform/identity/permissions.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import type { SessionWithPeople } from './model.ts';
import { createProgrammeRepository } from './repository.ts';
import { checkSeatAvailable, seatCapacityOf } from './rules.ts';

export type SeatState = { sessionId: string; participantId: string; seatsTaken: number; seatCapacity: number | null };

/**
 * Reserves a seat for a participant: by themselves, by their province's delegation office or by
 * the secretariat. Seats are counted under the edition's lock, so the last seat goes to one only.
 */
export async function reserveSeat(context: WriteContext, sessionId: string, participantId: string): Promise<SeatState> {
  const repo = createProgrammeRepository(context.db);
  const found = await repo.findSession(sessionId);
  if (!found) throw new AppError('session_not_found', { id: sessionId });
  // The participant comes from the request body here, so the refusal is shown next to that field.
  const participant = await requireParticipantOf(context, found, participantId, 'participantId');
  if (!canActFor(context.actor, participant)) throw new AppError('forbidden');
  if (participant.status !== 'approved') throw new AppError('participant_not_approved', { status: participant.status });
  await repo.lockEdition(found.editionId);
  const session = (await repo.findSession(sessionId))!;
  const capacity = await capacityOf(context, session);
  if (await repo.hasSeat(sessionId, participantId))
    return { sessionId, participantId, seatsTaken: session.seatsTaken, seatCapacity: capacity };
  const check = checkSeatAvailable(session.seatsTaken, capacity);
  if (!check.ok) throw new AppError(check.code, { capacity: check.capacity });
  await repo.insertSeat(sessionId, participantId, context.now);
  await recordAudit(context, 'seat.reserve', 'programme_session', sessionId, { after: { participantId } });
  return { sessionId, participantId, seatsTaken: session.seatsTaken + 1, seatCapacity: capacity };
}

export async function freeSeat(context: WriteContext, sessionId: string, participantId: string): Promise<void> {
  const repo = createProgrammeRepository(context.db);
  const session = await repo.findSession(sessionId);
  if (!session) throw new AppError('session_not_found', { id: sessionId });
  const participant = await requireParticipantOf(context, session, participantId);
  if (!canActFor(context.actor, participant)) throw new AppError('forbidden');
  await repo.lockEdition(session.editionId);
  if (!(await repo.deleteSeat(sessionId, participantId))) return;
  await recordAudit(context, 'seat.free', 'programme_session', sessionId, { before: { participantId } });
}

function canActFor(actor: Actor | null, participant: Participant): boolean {
  if (actor === null) return false;
  if (participant.userId !== null && participant.userId === actor.userId) return true;
  return can(actor, 'delegation.register', { provinceId: participant.provinceId ?? undefined });
}

async function requireParticipantOf(
  context: WriteContext,
  session: SessionWithPeople,
  participantId: string,
  field?: string,
): Promise<Participant> {
  const participant = await findParticipant(context, participantId);
  if (!participant || participant.editionId !== session.editionId)
    throw new AppError('participant_not_found', { id: participantId }, { field });
  return participant;
}

async function capacityOf(context: WriteContext, session: SessionWithPeople): Promise<number | null> {
  const room = session.roomId ? await createProgrammeRepository(context.db).findRoom(session.roomId) : null;
  return seatCapacityOf(session, room);
}
