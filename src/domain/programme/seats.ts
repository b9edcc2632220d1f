import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { recordAudit } from '../audit/service.ts';
import type { SessionWithPeople } from './model.ts';
import { createProgrammeRepository } from './repository.ts';
import { checkSeatAvailable, seatCapacityOf } from './rules.ts';
import type { ProgrammeContext } from './write-sessions.ts';

export type SeatState = { sessionId: string; participantId: string; seatsTaken: number; seatCapacity: number | null };

/**
 * Reserves a seat for a participant: by themselves, by their province's delegation office or by
 * the secretariat. Seats are counted under the edition's lock, so the last seat goes to one only.
 */
export async function reserveSeat(
  db: Database,
  context: ProgrammeContext,
  sessionId: string,
  participantId: string,
): Promise<SeatState> {
  return inTransaction(db, async (tx) => {
    const repo = createProgrammeRepository(tx);
    const found = await repo.findSession(sessionId);
    if (!found) throw new AppError('session_not_found', { id: sessionId });
    const participant = await requireParticipantOf(tx, found, participantId);
    if (!canActFor(context.actor, participant)) throw new AppError('forbidden');
    if (participant.status !== 'approved')
      throw new AppError('participant_not_approved', { status: participant.status });
    await repo.lockEdition(found.editionId);
    const session = (await repo.findSession(sessionId))!;
    const capacity = await capacityOf(tx, session);
    if (await repo.hasSeat(sessionId, participantId))
      return { sessionId, participantId, seatsTaken: session.seatsTaken, seatCapacity: capacity };
    const check = checkSeatAvailable(session.seatsTaken, capacity);
    if (!check.ok) throw new AppError(check.code, { capacity: check.capacity });
    await repo.insertSeat(sessionId, participantId, context.now);
    await recordAudit(tx, context.audit, {
      action: 'seat.reserve',
      entityType: 'programme_session',
      entityId: sessionId,
      after: { participantId },
    });
    return { sessionId, participantId, seatsTaken: session.seatsTaken + 1, seatCapacity: capacity };
  });
}

export async function freeSeat(
  db: Database,
  context: ProgrammeContext,
  sessionId: string,
  participantId: string,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const repo = createProgrammeRepository(tx);
    const session = await repo.findSession(sessionId);
    if (!session) throw new AppError('session_not_found', { id: sessionId });
    const participant = await requireParticipantOf(tx, session, participantId);
    if (!canActFor(context.actor, participant)) throw new AppError('forbidden');
    await repo.lockEdition(session.editionId);
    if (!(await repo.deleteSeat(sessionId, participantId))) return;
    await recordAudit(tx, context.audit, {
      action: 'seat.free',
      entityType: 'programme_session',
      entityId: sessionId,
      before: { participantId },
    });
  });
}

function canActFor(actor: Actor | null, participant: Participant): boolean {
  if (actor === null) return false;
  if (participant.userId !== null && participant.userId === actor.userId) return true;
  return can(actor, 'delegation.register', { provinceId: participant.provinceId ?? undefined });
}

async function requireParticipantOf(
  tx: Executor,
  session: SessionWithPeople,
  participantId: string,
): Promise<Participant> {
  const participant = await findParticipant(tx, participantId);
  if (!participant || participant.editionId !== session.editionId)
    throw new AppError('participant_not_found', { id: participantId });
  return participant;
}

async function capacityOf(tx: Executor, session: SessionWithPeople): Promise<number | null> {
  const room = session.roomId ? await createProgrammeRepository(tx).findRoom(session.roomId) : null;
  return seatCapacityOf(session, room);
}
