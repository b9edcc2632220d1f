import { ejectAndPlace } from './ejection.ts';
import { explainPlacement } from './feasibility-rules.ts';
import { greedyOrder, insertEarliest } from './greedy.ts';
import { indexInstance } from './instance-index.ts';
import type { Assignment, MeetingRequest, SchedulingInstance } from './model.ts';
import { openJournal, rollBack } from './schedule-journal.ts';
import {
  assignmentsOf,
  createState,
  NONE,
  type Placement,
  placeLockedMeetings,
  placeMeeting,
  placementOf,
  type ScheduleState,
} from './schedule-state.ts';

export type ScheduleChange =
  | { kind: 'cancellation'; requestId: string }
  | { kind: 'new_request'; request: MeetingRequest }
  /** A person arrives late (or leaves early) and loses these slots. */
  | { kind: 'late_arrival'; personId: string; lostSlotIds: string[] };

export type MoveReason = { code: 'no_longer_feasible' } | { code: 'made_room_for'; requestId: string };

export type Move = { requestId: string; from: Assignment | null; to: Assignment | null; reason: MoveReason };

export type Reoptimisation = { assignments: Assignment[]; objective: number; moved: Move[]; added: string[] };

export function applyChange(instance: SchedulingInstance, change: ScheduleChange): SchedulingInstance {
  if (change.kind === 'cancellation') {
    return { ...instance, requests: instance.requests.filter((request) => request.id !== change.requestId) };
  }
  if (change.kind === 'new_request') return { ...instance, requests: [...instance.requests, change.request] };
  const lost = new Set(change.lostSlotIds);
  const people = instance.people.map((person) =>
    person.id === change.personId
      ? { ...person, availableSlotIds: person.availableSlotIds.filter((slot) => !lost.has(slot)) }
      : person,
  );
  return { ...instance, people };
}

const toAssignment = (state: ScheduleState, request: number, placement: Placement | null): Assignment | null => {
  if (!placement) return null;
  const { index } = state;
  return {
    requestId: index.requests[request]!.id,
    slotId: index.slotIds[placement.slot]!,
    roomId: index.roomIds[placement.room]!,
    interpreterId: placement.interpreter === NONE ? null : index.interpreterIds[placement.interpreter]!,
  };
};

/** Keeps every previous meeting that still fits; returns the requests whose meeting no longer does. */
function keepFeasibleMeetings(state: ScheduleState, previous: readonly Assignment[]): Map<number, Assignment> {
  const { index } = state;
  const displaced = new Map<number, Assignment>();
  for (const assignment of previous) {
    const request = index.requestPosition.get(assignment.requestId);
    if (request === undefined || state.locked[request] === 1) continue;
    const placement = {
      slot: index.slotPosition.get(assignment.slotId)!,
      room: index.roomPosition.get(assignment.roomId)!,
      interpreter: assignment.interpreterId === null ? NONE : index.interpreterPosition.get(assignment.interpreterId)!,
    };
    if (explainPlacement(state, request, placement).length > 0) displaced.set(request, assignment);
    else placeMeeting(state, request, placement.slot, placement.room, placement.interpreter);
  }
  return displaced;
}

/**
 * Puts the request in by moving at most `movesLeft` existing meetings one step each (an ejection of
 * depth one): accepted only if every ejected meeting finds another place.
 */
function insertByMoving(state: ScheduleState, request: number, movesLeft: number): Move[] | null {
  for (const slot of state.index.requests[request]!.allowedSlots) {
    const journal = openJournal();
    const ejected = ejectAndPlace(state, journal, request, slot);
    if (!ejected) continue;
    const rehomed =
      state.slotOf[request] !== NONE &&
      ejected.length <= movesLeft &&
      ejected.every((other) => insertEarliest(state, other));
    if (!rehomed) {
      rollBack(journal, state);
      continue;
    }
    const reason: MoveReason = { code: 'made_room_for', requestId: state.index.requests[request]!.id };
    return ejected.map((other) => ({
      requestId: state.index.requests[other]!.id,
      from: toAssignment(state, other, journal.before.get(other) ?? null),
      to: toAssignment(state, other, placementOf(state, other)),
      reason,
    }));
  }
  return null;
}

/**
 * Re-optimises after a change: every meeting that still fits stays where it is; the ones that no longer
 * fit and the open requests are put in, heaviest first, moving at most `maxMoves` other meetings.
 */
export function reoptimiseSchedule(
  instance: SchedulingInstance,
  previous: readonly Assignment[],
  options: { maxMoves?: number } = {},
): Reoptimisation {
  const index = indexInstance(instance);
  const state = createState(index);
  placeLockedMeetings(state);
  const displaced = keepFeasibleMeetings(state, previous);
  const before = new Set(previous.map((assignment) => assignment.requestId));
  const moved: Move[] = [];
  const added: string[] = [];
  let movesLeft = options.maxMoves ?? 5;
  const open = index.requests.map((_, request) => request).filter((request) => state.slotOf[request] === NONE);
  for (const request of greedyOrder(index, open)) {
    let moves = insertEarliest(state, request) ? [] : movesLeft > 0 ? insertByMoving(state, request, movesLeft) : null;
    if (!moves && !displaced.has(request)) continue;
    moves ??= [];
    movesLeft -= moves.length;
    moved.push(...moves);
    const id = index.requests[request]!.id;
    if (displaced.has(request)) {
      const to = toAssignment(state, request, placementOf(state, request));
      moved.push({ requestId: id, from: displaced.get(request)!, to, reason: { code: 'no_longer_feasible' } });
    } else if (!before.has(id) && state.slotOf[request] !== NONE) added.push(id);
  }
  return { assignments: assignmentsOf(state), objective: state.objective, moved, added };
}
