import { type InstanceIndex, PERSON_FREE, PERSON_IN_SESSION } from './instance-index.ts';
import type { Assignment } from './model.ts';
import { NONE, type Placement, type ScheduleState } from './schedule-state.ts';

/** Why an assignment cannot be added, as data: the UI shows it for a drag-and-drop move. */
export type InfeasibilityReason =
  | { code: 'locked'; requestId: string }
  | { code: 'already_scheduled'; requestId: string }
  | { code: 'outside_preferred_days'; requestId: string; day: number }
  | { code: 'person_unavailable'; personId: string }
  | { code: 'person_blocked_by_session'; personId: string }
  | { code: 'person_busy'; personId: string; requestId: string }
  | { code: 'daily_maximum_reached'; personId: string; day: number; maximum: number }
  | { code: 'travel_too_short'; personId: string; requestId: string; minutesNeeded: number; minutesAvailable: number }
  | { code: 'room_wrong_kind'; roomId: string }
  | { code: 'room_too_small'; roomId: string; capacity: number; needed: number }
  | { code: 'room_unavailable'; roomId: string }
  | { code: 'room_taken'; roomId: string; requestId: string }
  | { code: 'interpreter_missing' }
  | { code: 'interpreter_cannot_cover_pair'; interpreterId: string }
  | { code: 'interpreter_unavailable'; interpreterId: string }
  | { code: 'interpreter_taken'; interpreterId: string; requestId: string };

export type AssignmentCheck = { ok: true } | { ok: false; reasons: InfeasibilityReason[] };

/** Minutes between two slots of one day, whichever comes first. */
const minutesBetween = (index: InstanceIndex, a: number, b: number) =>
  a < b ? index.slotStart[b]! - index.slotEnd[a]! : index.slotStart[a]! - index.slotEnd[b]!;

/**
 * The person's other meeting that day they could not reach from (or to) `place` in time, or NONE.
 * Every meeting of the day is checked, not only the neighbours, so travel times need not obey the
 * triangle inequality.
 */
export function findTravelConflict(state: ScheduleState, person: number, slot: number, place: number): number {
  const { index } = state;
  for (const other of index.slotsOfDay[index.slotDay[slot]!]!) {
    if (other === slot) continue;
    const request = state.personAt[person * index.slotCount + other]!;
    if (request === NONE) continue;
    const otherPlace = index.roomPlace[state.roomOf[request]!]!;
    if (otherPlace === place) continue;
    if (minutesBetween(index, slot, other) < index.travelMinutes[place * index.placeCount + otherPlace]!)
      return request;
  }
  return NONE;
}

/** Whether every person of the request is present, unbooked and under the daily maximum in the slot. */
export function canPeopleMeet(state: ScheduleState, request: number, slot: number): boolean {
  const { index } = state;
  const day = index.slotDay[slot]!;
  for (const p of index.requests[request]!.persons) {
    if (index.personSlot[p * index.slotCount + slot] !== PERSON_FREE) return false;
    if (state.personAt[p * index.slotCount + slot] !== NONE) return false;
    if (state.dayLoad[p * index.dayCount + day]! >= index.personMaxPerDay[p]!) return false;
  }
  return true;
}

const canEveryoneReach = (state: ScheduleState, request: number, slot: number, place: number) =>
  state.index.requests[request]!.persons.every((p) => findTravelConflict(state, p, slot, place) === NONE);

/** A free interpreter for the request in the slot: NONE when none is needed, null when none is free. */
export function findInterpreter(state: ScheduleState, request: number, slot: number): number | null {
  const { index } = state;
  const facts = index.requests[request]!;
  if (!facts.needsInterpreter) return NONE;
  for (const i of facts.interpreters) {
    const at = i * index.slotCount + slot;
    if (index.interpreterAvailable[at] === 1 && state.interpreterAt[at] === NONE) return i;
  }
  return null;
}

/**
 * The first way to hold the request in the slot (smallest fitting room, first free interpreter), or
 * null. Assumes the request is not scheduled. Checks the same rules as `checkAssignment`, fast.
 */
export function findPlacement(state: ScheduleState, request: number, slot: number): Placement | null {
  const { index } = state;
  if (!canPeopleMeet(state, request, slot)) return null;
  const interpreter = findInterpreter(state, request, slot);
  if (interpreter === null) return null;
  let unreachablePlace = NONE;
  for (const room of index.requests[request]!.candidateRooms) {
    const at = room * index.slotCount + slot;
    if (index.roomAvailable[at] !== 1 || state.roomAt[at] !== NONE) continue;
    const place = index.roomPlace[room]!;
    if (place === unreachablePlace) continue;
    if (canEveryoneReach(state, request, slot, place)) return { slot, room, interpreter };
    unreachablePlace = place;
  }
  return null;
}

function explainPeople(state: ScheduleState, request: number, slot: number, place: number): InfeasibilityReason[] {
  const { index } = state;
  const facts = index.requests[request]!;
  const day = index.slotDay[slot]!;
  const reasons: InfeasibilityReason[] = [];
  const days = index.instance.requests[request]!.preferredDays;
  const summitDay = index.instance.slots.find((s) => s.id === index.slotIds[slot])!.day;
  if (days?.length && !days.includes(summitDay)) {
    reasons.push({ code: 'outside_preferred_days', requestId: facts.id, day: summitDay });
  }
  for (const p of facts.persons) {
    const personId = index.personIds[p]!;
    const presence = index.personSlot[p * index.slotCount + slot];
    if (presence === PERSON_IN_SESSION) reasons.push({ code: 'person_blocked_by_session', personId });
    else if (presence !== PERSON_FREE) reasons.push({ code: 'person_unavailable', personId });
    const busyWith = state.personAt[p * index.slotCount + slot]!;
    if (busyWith !== NONE) reasons.push({ code: 'person_busy', personId, requestId: index.requests[busyWith]!.id });
    const maximum = index.personMaxPerDay[p]!;
    if (state.dayLoad[p * index.dayCount + day]! >= maximum) {
      reasons.push({ code: 'daily_maximum_reached', personId, day: summitDay, maximum });
    }
    const far = place === NONE ? NONE : findTravelConflict(state, p, slot, place);
    if (far === NONE) continue;
    const farSlot = state.slotOf[far]!;
    reasons.push({
      code: 'travel_too_short',
      personId,
      requestId: index.requests[far]!.id,
      minutesNeeded: index.travelMinutes[place * index.placeCount + index.roomPlace[state.roomOf[far]!]!]!,
      minutesAvailable: minutesBetween(index, slot, farSlot),
    });
  }
  return reasons;
}

function explainRoom(state: ScheduleState, request: number, slot: number, room: number): InfeasibilityReason[] {
  const { index } = state;
  const facts = index.requests[request]!;
  const spec = index.instance.rooms[room]!;
  const reasons: InfeasibilityReason[] = [];
  if (spec.kind !== facts.kind) reasons.push({ code: 'room_wrong_kind', roomId: spec.id });
  if (spec.capacity < facts.size) {
    reasons.push({ code: 'room_too_small', roomId: spec.id, capacity: spec.capacity, needed: facts.size });
  }
  const at = room * index.slotCount + slot;
  if (index.roomAvailable[at] !== 1) reasons.push({ code: 'room_unavailable', roomId: spec.id });
  const holder = state.roomAt[at]!;
  if (holder !== NONE) reasons.push({ code: 'room_taken', roomId: spec.id, requestId: index.requests[holder]!.id });
  return reasons;
}

function explainInterpreter(state: ScheduleState, request: number, slot: number, interpreter: number) {
  const { index } = state;
  const facts = index.requests[request]!;
  if (interpreter === NONE) return facts.needsInterpreter ? [{ code: 'interpreter_missing' } as const] : [];
  const interpreterId = index.interpreterIds[interpreter]!;
  const reasons: InfeasibilityReason[] = [];
  if (!facts.interpreters.includes(interpreter)) reasons.push({ code: 'interpreter_cannot_cover_pair', interpreterId });
  const at = interpreter * index.slotCount + slot;
  if (index.interpreterAvailable[at] !== 1) reasons.push({ code: 'interpreter_unavailable', interpreterId });
  const holder = state.interpreterAt[at]!;
  if (holder !== NONE) {
    reasons.push({ code: 'interpreter_taken', interpreterId, requestId: index.requests[holder]!.id });
  }
  return reasons;
}

/**
 * Whether the meeting can be added to the schedule as given, and every reason why not. The request must
 * not be in the schedule: to check a move, remove the meeting from a copy of the state first.
 */
export function explainPlacement(state: ScheduleState, request: number, placement: Placement): InfeasibilityReason[] {
  const facts = state.index.requests[request]!;
  if (state.locked[request] === 1) return [{ code: 'locked', requestId: facts.id }];
  if (state.slotOf[request] !== NONE) return [{ code: 'already_scheduled', requestId: facts.id }];
  const place = state.index.roomPlace[placement.room] ?? NONE;
  return [
    ...explainPeople(state, request, placement.slot, place),
    ...explainRoom(state, request, placement.slot, placement.room),
    ...explainInterpreter(state, request, placement.slot, placement.interpreter),
  ];
}

/** `explainPlacement` for an assignment given by ids, as the UI holds it. */
export function checkAssignment(state: ScheduleState, assignment: Assignment): AssignmentCheck {
  const { index } = state;
  const interpreter =
    assignment.interpreterId === null ? NONE : index.interpreterPosition.get(assignment.interpreterId)!;
  const reasons = explainPlacement(state, index.requestPosition.get(assignment.requestId)!, {
    slot: index.slotPosition.get(assignment.slotId)!,
    room: index.roomPosition.get(assignment.roomId)!,
    interpreter,
  });
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
