import { findPlacement, findTravelConflict } from './feasibility-rules.ts';
import { journalPlace, journalRemove, type ScheduleJournal } from './schedule-journal.ts';
import { NONE, type ScheduleState } from './schedule-state.ts';

/** The lightest unlocked meeting in `slot` among `holders` (a row of an occupancy table), or NONE. */
function lightestHolder(state: ScheduleState, table: Int32Array, rows: Int32Array, slot: number, taken: Set<number>) {
  let best = NONE;
  for (const row of rows) {
    const request = table[row * state.index.slotCount + slot]!;
    if (request === NONE || state.locked[request] === 1) continue;
    if (taken.has(request)) return NONE;
    if (best === NONE || state.index.requests[request]!.weight < state.index.requests[best]!.weight) best = request;
  }
  return best;
}

/** The person's lightest unlocked meeting on the slot's day, to free a place under the daily maximum. */
function lightestOfDay(state: ScheduleState, person: number, slot: number) {
  const { index } = state;
  let best = NONE;
  for (const other of index.slotsOfDay[index.slotDay[slot]!]!) {
    const request = state.personAt[person * index.slotCount + other]!;
    if (request === NONE || state.locked[request] === 1) continue;
    if (best === NONE || index.requests[request]!.weight < index.requests[best]!.weight) best = request;
  }
  return best;
}

/**
 * The meetings to take out so `request` fits in `slot`: those of its people in the slot, one per person
 * at the daily maximum, and the lightest holder of a room or interpreter when none is free. Null when a
 * locked meeting is in the way. Travel is not predicted; `findPlacement` checks it after the ejection.
 */
export function meetingsInTheWay(state: ScheduleState, request: number, slot: number): Set<number> | null {
  const { index } = state;
  const facts = index.requests[request]!;
  const ejected = new Set<number>();
  for (const p of facts.persons) {
    const holder = state.personAt[p * index.slotCount + slot]!;
    if (holder === NONE) continue;
    if (state.locked[holder] === 1) return null;
    ejected.add(holder);
  }
  const day = index.slotDay[slot]!;
  for (const p of facts.persons) {
    let load = state.dayLoad[p * index.dayCount + day]!;
    for (const other of ejected) if (index.requests[other]!.persons.includes(p)) load -= 1;
    if (load < index.personMaxPerDay[p]!) continue;
    const lightest = lightestOfDay(state, p, slot);
    if (lightest === NONE || ejected.has(lightest)) return null;
    ejected.add(lightest);
  }
  const roomFree = facts.candidateRooms.some((room) => {
    const at = room * index.slotCount + slot;
    return index.roomAvailable[at] === 1 && (state.roomAt[at] === NONE || ejected.has(state.roomAt[at]!));
  });
  if (!roomFree) {
    const holder = lightestHolder(state, state.roomAt, facts.candidateRooms, slot, ejected);
    if (holder === NONE) return null;
    ejected.add(holder);
  }
  if (facts.needsInterpreter) {
    const free = facts.interpreters.some((i) => {
      const at = i * index.slotCount + slot;
      return (
        index.interpreterAvailable[at] === 1 &&
        (state.interpreterAt[at] === NONE || ejected.has(state.interpreterAt[at]!))
      );
    });
    if (!free) {
      const holder = lightestHolder(state, state.interpreterAt, facts.interpreters, slot, ejected);
      if (holder === NONE) return null;
      ejected.add(holder);
    }
  }
  return ejected;
}

/**
 * Puts `request` in `slot` by taking out what is in the way, whatever it weighs: the caller puts the
 * ejected meetings back elsewhere and keeps the move only if the schedule is not worse.
 * Returns the ejected meetings (now unscheduled) or null when nothing changed.
 */
export function ejectAndPlace(state: ScheduleState, journal: ScheduleJournal, request: number, slot: number) {
  const ejected = meetingsInTheWay(state, request, slot);
  if (!ejected) return null;
  for (const other of ejected) journalRemove(journal, state, other);
  const walkedAway = ejectTravelConflicts(state, journal, request, slot);
  const placement = findPlacement(state, request, slot);
  if (placement) journalPlace(journal, state, request, placement);
  return [...ejected, ...walkedAway];
}

/**
 * When the request still does not fit, the cause is often a person's meeting elsewhere too close in
 * time: takes those out for the first open room's place.
 */
function ejectTravelConflicts(state: ScheduleState, journal: ScheduleJournal, request: number, slot: number) {
  const { index } = state;
  if (findPlacement(state, request, slot)) return [];
  const room = index.requests[request]!.candidateRooms.find((r) => {
    const at = r * index.slotCount + slot;
    return index.roomAvailable[at] === 1 && state.roomAt[at] === NONE;
  });
  if (room === undefined) return [];
  const conflicts = new Set<number>();
  for (const p of index.requests[request]!.persons) {
    const far = findTravelConflict(state, p, slot, index.roomPlace[room]!);
    if (far === NONE) continue;
    if (state.locked[far] === 1) return [];
    conflicts.add(far);
  }
  if (conflicts.size === 0) return [];
  for (const other of conflicts) journalRemove(journal, state, other);
  return [...conflicts];
}
