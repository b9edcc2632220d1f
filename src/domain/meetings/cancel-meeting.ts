import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { insertProvisional, rebookMeetings } from './bookings.ts';
import { instanceOf, isFixed, loadScheduleFacts, placementOf, type ScheduleFacts } from './load-instance.ts';
import { participantsOf } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { Placement } from './model.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import { noticesOf } from './notices.ts';
import { createRequestsRepository } from './requests-repository.ts';
import type { Assignment } from './scheduler/model.ts';
import { type Move, reoptimiseSchedule } from './scheduler/reoptimise.ts';
import { createSetupRepository } from './setup-repository.ts';

/** Other meetings a cancellation may move to fit open requests into the freed place. */
const MAX_MOVES_AFTER_CANCELLATION = 5;

/** Another meeting the re-optimisation moved, and why: it no longer fitted, or it made room for a request. */
export type MovedMeeting = {
  meetingId: string;
  requestId: string;
  from: Placement;
  /** Null when it no longer fits anywhere and left the schedule. */
  to: Placement | null;
  reason: Move['reason'];
};

export type CancellationReport = {
  cancelled: MeetingWithRequest;
  moved: MovedMeeting[];
  /** Meetings of open requests put into the freed place. */
  added: MeetingWithRequest[];
};

const toPlacement = ({ slotId, roomId, interpreterId }: Assignment): Placement => ({ slotId, roomId, interpreterId });

/**
 * The secretariat cancels a meeting: its request is cancelled with it, its people are told if it was
 * published, and the provisional schedule is re-optimised around the hole, moving as few other
 * meetings as it can (locked and published ones never) and saying which moved and why.
 */
export async function cancelMeeting(
  context: WriteContext,
  id: string,
  cancellation: { reason: string | null },
): Promise<CancellationReport> {
  requirePermission(context.actor, 'meeting.schedule');
  const meetings = createMeetingsRepository(context.db);
  const found = await meetings.find(id);
  if (!found) throw new AppError('meeting_not_found', { id });
  await createSetupRepository(context.db).lockEdition(found.editionId);
  const cancelled = (await meetings.find(id))!;
  const requests = createRequestsRepository(context.db);
  const request = (await requests.find(cancelled.requestId))!;
  await meetings.delete(id);
  await requests.update(request.id, request, {
    status: 'cancelled',
    awaiting: null,
    reason: cancellation.reason,
    updatedAt: context.now,
  });
  if (cancelled.state === 'published') {
    await meetings.insertNotices(noticesOf(context, cancelled, request, 'cancelled'));
  }
  const facts = await loadScheduleFacts(context, cancelled.editionId);
  const report = { cancelled: { meeting: cancelled, request }, ...(await reoptimise(context, facts)) };
  await recordAudit(context, 'meeting.cancel', 'meeting', id, {
    before: cancelled,
    after: { request: request.id, moved: report.moved, added: report.added.map(({ meeting }) => meeting.id) },
  });
  return report;
}

async function reoptimise(
  context: WriteContext,
  facts: ScheduleFacts,
): Promise<Pick<CancellationReport, 'moved' | 'added'>> {
  const fixed = facts.meetings.filter(isFixed);
  const movable = facts.meetings.filter((meeting) => !isFixed(meeting));
  const previous = movable.map((meeting) => ({ requestId: meeting.requestId, ...placementOf(meeting) }));
  const result = reoptimiseSchedule(instanceOf(facts, fixed), previous, { maxMoves: MAX_MOVES_AFTER_CANCELLATION });
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
