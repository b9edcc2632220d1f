import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { rebookMeetings } from './bookings.ts';
import { isFixed, loadScheduleFacts, placementOf, type ScheduleFacts, scheduleStateWith } from './load-instance.ts';
import { participantsOf } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { Placement, ScheduledMeeting } from './model.ts';
import { noticesOf } from './notices.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import { refusalOf } from './refusal-reasons.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { checkAssignment, findInterpreter } from './scheduler/feasibility-rules.ts';
import { NONE, type ScheduleState } from './scheduler/schedule-state.ts';

async function requireMeeting(context: WriteContext, id: string): Promise<ScheduledMeeting> {
  const meeting = await createMeetingsRepository(context.db).find(id);
  if (!meeting) throw new AppError('meeting_not_found', { id });
  return meeting;
}

/** The interpreter asked for; else the meeting's own if it still fits; else the first free one who can. */
function chooseInterpreter(state: ScheduleState, meeting: ScheduledMeeting, slotId: string, wanted?: string | null) {
  if (wanted !== undefined) return wanted;
  const { index } = state;
  const request = index.requestPosition.get(meeting.requestId)!;
  const slot = index.slotPosition.get(slotId)!;
  const current = meeting.interpreterId ? index.interpreterPosition.get(meeting.interpreterId) : undefined;
  if (!index.requests[request]!.needsInterpreter) return null;
  const at = current === undefined ? -1 : current * index.slotCount + slot;
  if (current !== undefined && index.requests[request]!.interpreters.includes(current)) {
    if (index.interpreterAvailable[at] === 1 && state.interpreterAt[at] === NONE) return meeting.interpreterId;
  }
  const found = findInterpreter(state, request, slot);
  return found === null || found === NONE ? null : index.interpreterIds[found]!;
}

function requireTarget(
  facts: ScheduleFacts,
  target: { slotId: string; roomId: string; interpreterId?: string | null },
) {
  const slot = facts.slots.find((candidate) => candidate.id === target.slotId);
  if (!slot) throw new AppError('meeting_slot_not_found', { id: target.slotId }, { field: 'slotId' });
  if (!facts.rooms.some((room) => room.id === target.roomId)) {
    throw new AppError('meeting_room_not_found', { id: target.roomId }, { field: 'roomId' });
  }
  const interpreterId = target.interpreterId;
  if (interpreterId && !facts.interpreters.some((interpreter) => interpreter.id === interpreterId)) {
    throw new AppError('interpreter_not_found', { id: interpreterId }, { field: 'interpreterId' });
  }
  return slot;
}

/**
 * The secretariat moves a meeting to another slot, room or interpreter (the grid's drag and drop),
 * checked by the scheduler's own rules; a refusal names each reason and what stands in the way.
 */
export async function moveMeeting(
  context: WriteContext,
  id: string,
  target: { slotId: string; roomId: string; interpreterId?: string | null },
): Promise<MeetingWithRequest> {
  requirePermission(context.actor, 'meeting.schedule');
  const before = await requireMeeting(context, id);
  const facts = await loadScheduleFacts(context, before.editionId);
  const slot = requireTarget(facts, target);
  // Locked means it stays where the secretariat put it: unlock first to move it.
  if (before.locked)
    throw refusalOf('meeting_move_refused', facts, slot, [{ code: 'locked', requestId: before.requestId }]);
  const state = scheduleStateWith(facts, (other) => other.id !== before.id);
  const placement: Placement = {
    slotId: target.slotId,
    roomId: target.roomId,
    interpreterId: chooseInterpreter(state, before, target.slotId, target.interpreterId),
  };
  const check = checkAssignment(state, { requestId: before.requestId, ...placement });
  if (!check.ok) throw refusalOf('meeting_move_refused', facts, slot, check.reasons);
  const request = facts.requests.find((candidate) => candidate.id === before.requestId)!;
  const moves = [{ meetingId: id, placement, participantIds: participantsOf(request) }];
  const after = (await rebookMeetings(context, moves))[0]!;
  if (after.state === 'published') {
    await createMeetingsRepository(context.db).insertNotices(noticesOf(context, after, request, 'moved'));
  }
  await recordAudit(context, 'meeting.move', 'meeting', id, { before, after });
  return { meeting: after, request };
}

/**
 * Locks a meeting where it is, so no scheduler run or re-optimisation moves it; refused when it
 * clashes there with another meeting that never moves or with a programme session.
 */
export async function setMeetingLock(context: WriteContext, id: string, locked: boolean): Promise<MeetingWithRequest> {
  requirePermission(context.actor, 'meeting.schedule');
  const before = await requireMeeting(context, id);
  if (locked && !before.locked) {
    const facts = await loadScheduleFacts(context, before.editionId);
    const state = scheduleStateWith(facts, (other) => other.id !== before.id && isFixed(other));
    const check = checkAssignment(state, { requestId: before.requestId, ...placementOf(before) });
    const slot = facts.slots.find((candidate) => candidate.id === before.slotId)!;
    if (!check.ok) throw refusalOf('meeting_lock_conflict', facts, slot, check.reasons);
  }
  const after = await createMeetingsRepository(context.db).update(id, { locked, updatedAt: context.now });
  await recordAudit(context, locked ? 'meeting.lock' : 'meeting.unlock', 'meeting', id, { before, after });
  return { meeting: after, request: (await createRequestsRepository(context.db).find(after.requestId))! };
}
