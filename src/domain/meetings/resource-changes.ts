import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { loadScheduleFacts, type ScheduleFacts, scheduleStateWith } from './load-instance.ts';
import { requireEditionDays } from './meeting-setup.ts';
import type { MeetingInterpreter, MeetingRoom, ScheduledMeeting } from './model.ts';
import { checkAssignment, type InfeasibilityReason } from './scheduler/feasibility-rules.ts';
import { meetingsInTheWay } from './refusal-reasons.ts';
import { createSetupRepository } from './setup-repository.ts';

type RoomChanges = Omit<MeetingRoom, 'id' | 'editionId'>;
type InterpreterChanges = Omit<MeetingInterpreter, 'id' | 'editionId'>;

const ROOM_REASONS: ReadonlySet<InfeasibilityReason['code']> = new Set(['room_wrong_kind', 'room_too_small']);
const INTERPRETER_REASONS: ReadonlySet<InfeasibilityReason['code']> = new Set([
  'interpreter_cannot_cover_pair',
  'interpreter_unavailable',
]);

/**
 * The meetings in the given room or with the given interpreter that the changed facts no longer
 * allow, by the scheduler's own rules; reasons unrelated to the change (a session added since) do
 * not count, so an edit is refused only for what it breaks itself.
 */
function meetingsBrokenBy(
  facts: ScheduleFacts,
  uses: (meeting: ScheduledMeeting) => boolean,
  relevant: ReadonlySet<InfeasibilityReason['code']>,
): ScheduledMeeting[] {
  const state = scheduleStateWith(facts, (meeting) => !uses(meeting));
  return facts.meetings.filter((meeting) => {
    if (!uses(meeting) || !state.index.requestPosition.has(meeting.requestId)) return false;
    const check = checkAssignment(state, meeting);
    return !check.ok && check.reasons.some((reason) => relevant.has(reason.code));
  });
}

async function requireRoom(context: WriteContext, id: string): Promise<MeetingRoom> {
  const room = await createSetupRepository(context.db).findRoomById(id);
  if (!room) throw new AppError('meeting_room_not_found', { id });
  return room;
}

async function requireInterpreter(context: WriteContext, id: string): Promise<MeetingInterpreter> {
  const interpreter = await createSetupRepository(context.db).findInterpreterById(id);
  if (!interpreter) throw new AppError('interpreter_not_found', { id });
  return interpreter;
}

/** The secretariat changes a room or table; refused when a meeting in it would no longer fit (kind, seats). */
export async function changeMeetingRoom(context: WriteContext, id: string, changes: RoomChanges): Promise<MeetingRoom> {
  requirePermission(context.actor, 'meeting.schedule');
  const before = await requireRoom(context, id);
  const repo = createSetupRepository(context.db);
  await repo.lockEdition(before.editionId);
  const after = await repo.updateRoom(id, changes);
  const facts = await loadScheduleFacts(context, before.editionId);
  const broken = meetingsBrokenBy(facts, (meeting) => meeting.roomId === id, ROOM_REASONS);
  if (broken.length > 0) throw meetingsInTheWay('meeting_room_in_use', facts, broken);
  await recordAudit(context, 'meeting_room.change', 'meeting_room', id, { before, after });
  return after;
}

/** Removes a room or table no meeting stands in. */
export async function deleteMeetingRoom(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'meeting.schedule');
  const room = await requireRoom(context, id);
  const repo = createSetupRepository(context.db);
  await repo.lockEdition(room.editionId);
  const facts = await loadScheduleFacts(context, room.editionId);
  const standing = facts.meetings.filter((meeting) => meeting.roomId === id);
  if (standing.length > 0) throw meetingsInTheWay('meeting_room_in_use', facts, standing);
  await repo.deleteRoom(id);
  await recordAudit(context, 'meeting_room.delete', 'meeting_room', id, { before: room });
}

/** Changes an interpreter; refused when a meeting they are booked for would lose them (pair, day). */
export async function changeInterpreter(
  context: WriteContext,
  id: string,
  changes: InterpreterChanges,
): Promise<MeetingInterpreter> {
  requirePermission(context.actor, 'meeting.schedule');
  const before = await requireInterpreter(context, id);
  const repo = createSetupRepository(context.db);
  await repo.lockEdition(before.editionId);
  const facts = await loadScheduleFacts(context, before.editionId);
  requireEditionDays(facts.edition, changes.availableDays, 'availableDays');
  const after = await repo.updateInterpreter(id, changes);
  const changed = { ...facts, interpreters: facts.interpreters.map((other) => (other.id === id ? after : other)) };
  const broken = meetingsBrokenBy(changed, (meeting) => meeting.interpreterId === id, INTERPRETER_REASONS);
  if (broken.length > 0) throw meetingsInTheWay('interpreter_in_use', facts, broken);
  await recordAudit(context, 'meeting_interpreter.change', 'meeting_interpreter', id, { before, after });
  return after;
}

/** Removes an interpreter no meeting is booked with. */
export async function deleteInterpreter(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'meeting.schedule');
  const interpreter = await requireInterpreter(context, id);
  const repo = createSetupRepository(context.db);
  await repo.lockEdition(interpreter.editionId);
  const facts = await loadScheduleFacts(context, interpreter.editionId);
  const booked = facts.meetings.filter((meeting) => meeting.interpreterId === id);
  if (booked.length > 0) throw meetingsInTheWay('interpreter_in_use', facts, booked);
  await repo.deleteInterpreter(id);
  await recordAudit(context, 'meeting_interpreter.delete', 'meeting_interpreter', id, { before: interpreter });
}
