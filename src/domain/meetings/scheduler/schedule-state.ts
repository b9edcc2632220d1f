import type { InstanceIndex } from './instance-index.ts';
import { valueAt } from './instance-index.ts';
import type { Assignment } from './model.ts';

export const NONE = -1;

/**
 * A partial schedule with occupancy tables, so checking or changing one meeting costs the size of the
 * meeting, not of the schedule. Mutable on purpose: the search makes millions of tentative moves.
 */
export type ScheduleState = {
  index: InstanceIndex;
  slotOf: Int32Array;
  roomOf: Int32Array;
  interpreterOf: Int32Array;
  /** person × slot → request or NONE. */
  personAt: Int32Array;
  roomAt: Int32Array;
  interpreterAt: Int32Array;
  /** person × day → meetings that day. */
  dayLoad: Int32Array;
  locked: Uint8Array;
  objective: number;
  scheduled: number;
};

export function createState(index: InstanceIndex): ScheduleState {
  const requests = index.requests.length;
  const slots = index.slotCount;
  return {
    index,
    slotOf: new Int32Array(requests).fill(NONE),
    roomOf: new Int32Array(requests).fill(NONE),
    interpreterOf: new Int32Array(requests).fill(NONE),
    personAt: new Int32Array(index.personIds.length * slots).fill(NONE),
    roomAt: new Int32Array(index.roomIds.length * slots).fill(NONE),
    interpreterAt: new Int32Array(index.interpreterIds.length * slots).fill(NONE),
    dayLoad: new Int32Array(index.personIds.length * index.dayCount),
    locked: new Uint8Array(requests),
    objective: 0,
    scheduled: 0,
  };
}

/** Books a meeting without checking; callers check with feasibility-rules.ts first. */
export function placeMeeting(state: ScheduleState, request: number, slot: number, room: number, interpreter: number) {
  const { index } = state;
  const slots = index.slotCount;
  state.slotOf[request] = slot;
  state.roomOf[request] = room;
  state.interpreterOf[request] = interpreter;
  for (const p of index.requests[request]!.persons) {
    state.personAt[p * slots + slot] = request;
    state.dayLoad[p * index.dayCount + index.slotDay[slot]!]! += 1;
  }
  state.roomAt[room * slots + slot] = request;
  if (interpreter !== NONE) state.interpreterAt[interpreter * slots + slot] = request;
  state.objective += valueAt(index, request, slot);
  state.scheduled += 1;
}

export function removeMeeting(state: ScheduleState, request: number) {
  const { index } = state;
  const slots = index.slotCount;
  const slot = state.slotOf[request]!;
  if (slot === NONE) return;
  for (const p of index.requests[request]!.persons) {
    state.personAt[p * slots + slot] = NONE;
    state.dayLoad[p * index.dayCount + index.slotDay[slot]!]! -= 1;
  }
  state.roomAt[state.roomOf[request]! * slots + slot] = NONE;
  const interpreter = state.interpreterOf[request]!;
  if (interpreter !== NONE) state.interpreterAt[interpreter * slots + slot] = NONE;
  state.objective -= valueAt(index, request, slot);
  state.scheduled -= 1;
  state.slotOf[request] = NONE;
  state.roomOf[request] = NONE;
  state.interpreterOf[request] = NONE;
}

export type Placement = { slot: number; room: number; interpreter: number };

export const placementOf = (state: ScheduleState, request: number): Placement | null =>
  state.slotOf[request] === NONE
    ? null
    : { slot: state.slotOf[request]!, room: state.roomOf[request]!, interpreter: state.interpreterOf[request]! };

/**
 * Books the secretariat's locked meetings as they are, without checking: a lock is the secretariat's
 * decision, and the engine's job is to schedule around it.
 */
export function placeLockedMeetings(state: ScheduleState) {
  const { index } = state;
  index.requests.forEach((facts, request) => {
    if (!facts.lock) return;
    const interpreter =
      facts.lock.interpreterId === null ? NONE : index.interpreterPosition.get(facts.lock.interpreterId)!;
    placeMeeting(
      state,
      request,
      index.slotPosition.get(facts.lock.slotId)!,
      index.roomPosition.get(facts.lock.roomId)!,
      interpreter,
    );
    state.locked[request] = 1;
  });
}

export function copyState(state: ScheduleState): ScheduleState {
  return {
    ...state,
    slotOf: state.slotOf.slice(),
    roomOf: state.roomOf.slice(),
    interpreterOf: state.interpreterOf.slice(),
    personAt: state.personAt.slice(),
    roomAt: state.roomAt.slice(),
    interpreterAt: state.interpreterAt.slice(),
    dayLoad: state.dayLoad.slice(),
    locked: state.locked.slice(),
  };
}

export function assignmentsOf(state: ScheduleState): Assignment[] {
  const { index } = state;
  const assignments: Assignment[] = [];
  state.slotOf.forEach((slot, request) => {
    if (slot === NONE) return;
    const interpreter = state.interpreterOf[request]!;
    assignments.push({
      requestId: index.requests[request]!.id,
      slotId: index.slotIds[slot]!,
      roomId: index.roomIds[state.roomOf[request]!]!,
      interpreterId: interpreter === NONE ? null : index.interpreterIds[interpreter]!,
    });
  });
  return assignments;
}
