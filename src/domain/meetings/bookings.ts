import type { WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import { participantsOf } from './meeting-people.ts';
import type { MeetingRequest, NewScheduledMeeting, Placement, ScheduledMeeting } from './model.ts';

/**
 * The rules are checked on what this transaction read; another instance may have booked the same
 * person, room or interpreter since. The bookings' primary keys decide, and the loser is told so.
 */
async function orSlotTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('meeting_slot_taken');
    throw error;
  }
}

/** A new provisional meeting of the request, booked where the scheduler put it. */
export function insertProvisional(
  context: WriteContext,
  request: MeetingRequest,
  placement: Placement,
): Promise<ScheduledMeeting> {
  const meeting: NewScheduledMeeting = {
    editionId: request.editionId,
    requestId: request.id,
    ...placement,
    locked: false,
    state: 'provisional',
    outcome: null,
    outcomeNotes: null,
    followUp: null,
    outcomeRecordedBy: null,
    outcomeRecordedAt: null,
    scheduledAt: context.now,
    publishedAt: null,
    updatedAt: context.now,
  };
  return orSlotTaken(() => createMeetingsRepository(context.db).insert(meeting, participantsOf(request)));
}

/** Moves meetings together: all their old bookings are freed before any new one is taken, so two may swap. */
export async function rebookMeetings(
  context: WriteContext,
  moves: readonly { meetingId: string; placement: Placement; participantIds: readonly string[] }[],
): Promise<ScheduledMeeting[]> {
  const repo = createMeetingsRepository(context.db);
  for (const move of moves) await repo.unbook(move.meetingId);
  const moved: ScheduledMeeting[] = [];
  for (const move of moves) {
    moved.push(await orSlotTaken(() => repo.place(move.meetingId, move.placement, move.participantIds, context.now)));
  }
  return moved;
}
