import type { WriteContext } from '../../platform/context/request-context.ts';
import { insertProvisional, rebookMeetings } from './bookings.ts';
import { instanceOf, isFixed, placementOf, type ScheduleFacts } from './load-instance.ts';
import { participantsOf } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { Placement } from './model.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import type { Assignment } from './scheduler/model.ts';
import { type Move, reoptimiseSchedule } from './scheduler/reoptimise.ts';

/** Other meetings a re-optimisation moves at most to fit open requests in, unless told otherwise. */
export const DEFAULT_MAX_MOVES = 5;

/** Another meeting the re-optimisation moved, and why: it no longer fitted, or it made room for a request. */
export type MovedMeeting = {
  meetingId: string;
  requestId: string;
  from: Placement;
  /** Null when it no longer fits anywhere and left the schedule. */
  to: Placement | null;
  reason: Move['reason'];
};

/** What a re-optimisation did to the provisional schedule. */
export type Reoptimised = {
  moved: MovedMeeting[];
  /** Meetings of open requests put in. */
  added: MeetingWithRequest[];
};

const toPlacement = ({ slotId, roomId, interpreterId }: Assignment): Placement => ({ slotId, roomId, interpreterId });

/**
 * Fits the provisional schedule to the facts as they are now (a cancellation, a new accepted request,
 * a late arrival): every meeting that still fits stays, the rest and the open requests are put in,
 * moving at most `maxMoves` others; locked and published meetings never move. Returns each move and why.
 */
export async function reoptimiseProvisional(
  context: WriteContext,
  facts: ScheduleFacts,
  maxMoves = DEFAULT_MAX_MOVES,
): Promise<Reoptimised> {
  const fixed = facts.meetings.filter(isFixed);
  const movable = facts.meetings.filter((meeting) => !isFixed(meeting));
  const previous = movable.map((meeting) => ({ requestId: meeting.requestId, ...placementOf(meeting) }));
  const result = reoptimiseSchedule(instanceOf(facts, fixed), previous, { maxMoves });
  const byRequest = new Map(movable.map((meeting) => [meeting.requestId, meeting]));
  const requests = new Map(facts.requests.map((request) => [request.id, request]));
  const moved = result.moved.map((move) => ({
    meetingId: byRequest.get(move.requestId)!.id,
    requestId: move.requestId,
    from: toPlacement(move.from!),
    to: move.to ? toPlacement(move.to) : null,
    reason: move.reason,
  }));
  const repo = createMeetingsRepository(context.db);
  for (const move of moved.filter((entry) => entry.to === null)) await repo.delete(move.meetingId);
  await rebookMeetings(
    context,
    moved.flatMap((move) =>
      move.to
        ? [
            {
              meetingId: move.meetingId,
              placement: move.to,
              participantIds: participantsOf(requests.get(move.requestId)!),
            },
          ]
        : [],
    ),
  );
  const added: MeetingWithRequest[] = [];
  for (const requestId of result.added) {
    const request = requests.get(requestId)!;
    const assignment = result.assignments.find((candidate) => candidate.requestId === requestId)!;
    added.push({ meeting: await insertProvisional(context, request, toPlacement(assignment)), request });
  }
  return { moved, added };
}
