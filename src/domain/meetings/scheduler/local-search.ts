import { ejectAndPlace } from './ejection.ts';
import { findPlacement } from './feasibility-rules.ts';
import { greedyOrder } from './greedy.ts';
import type { SearchLimits } from './model.ts';
import { journalPlace, journalRemove, openJournal, rollBack, type ScheduleJournal } from './schedule-journal.ts';
import { NONE, type ScheduleState } from './schedule-state.ts';

/** Below this a change in objective is rounding in the protocol tie-break, not a real change. */
const EPSILON = 1e-9;
const CLOCK_EVERY = 32;
/** Requests of the freed people tried in a repair, so a move stays small on the largest summit. */
const REPAIR_CANDIDATES = 40;

export type SearchStats = { iterations: number; improvements: number };

const pick = <T>(items: ArrayLike<T>, rng: () => number): T => items[Math.floor(rng() * items.length)]!;

/** Tries the request's slots from a random one on, so repeated repairs pack the day differently. */
function insertFromRandomSlot(state: ScheduleState, journal: ScheduleJournal, request: number, rng: () => number) {
  const slots = state.index.requests[request]!.allowedSlots;
  const start = Math.floor(rng() * slots.length);
  for (let step = 0; step < slots.length; step++) {
    const slot = slots[(start + step) % slots.length]!;
    const placement = findPlacement(state, request, slot);
    if (!placement) continue;
    journalPlace(journal, state, request, placement);
    return true;
  }
  return false;
}

/** An unscheduled request, the heavier of two drawn (a tournament), or NONE after a few misses. */
function drawUnscheduled(state: ScheduleState, rng: () => number): number {
  let best = NONE;
  const requests = state.index.requests;
  for (let tries = 0, found = 0; tries < 64 && found < 2; tries++) {
    const request = Math.floor(rng() * requests.length);
    if (state.slotOf[request] !== NONE || requests[request]!.allowedSlots.length === 0) continue;
    found += 1;
    if (best === NONE || requests[request]!.weight > requests[best]!.weight) best = request;
  }
  return best;
}

/** Unscheduled requests of the people, heaviest first, to fill what a move freed. */
function openRequestsOf(state: ScheduleState, people: Iterable<number>, rng: () => number): number[] {
  const found = new Set<number>();
  for (const p of people) {
    const own = state.index.requestsOfPerson[p]!;
    const start = Math.floor(rng() * own.length);
    for (let step = 0; step < own.length && found.size < REPAIR_CANDIDATES; step++) {
      const request = own[(start + step) % own.length]!;
      if (state.slotOf[request] === NONE) found.add(request);
    }
  }
  return greedyOrder(state.index, found);
}

function repair(
  state: ScheduleState,
  journal: ScheduleJournal,
  freed: number[],
  people: Set<number>,
  rng: () => number,
) {
  const candidates = greedyOrder(state.index, new Set([...freed, ...openRequestsOf(state, people, rng)]));
  for (const request of candidates) {
    if (state.slotOf[request] === NONE) insertFromRandomSlot(state, journal, request, rng);
  }
}

/** Ejection: an unscheduled request takes a slot from lighter meetings, which then look for another. */
function tryEjection(state: ScheduleState, journal: ScheduleJournal, rng: () => number) {
  const request = drawUnscheduled(state, rng);
  if (request === NONE) return;
  const ejected = ejectAndPlace(state, journal, request, pick(state.index.requests[request]!.allowedSlots, rng));
  if (!ejected) return;
  const people = new Set<number>();
  for (const other of ejected) for (const p of state.index.requests[other]!.persons) people.add(p);
  const candidates = greedyOrder(state.index, new Set([...ejected, ...openRequestsOf(state, people, rng)]));
  for (const other of candidates) if (state.slotOf[other] === NONE) insertFromRandomSlot(state, journal, other, rng);
}

/** Destroy and repair: take out one person's meetings of one day and rebuild around them. */
function tryPersonDay(state: ScheduleState, journal: ScheduleJournal, rng: () => number) {
  const { index } = state;
  const request = drawUnscheduled(state, rng);
  if (request === NONE) return;
  const person = pick(index.requests[request]!.persons, rng);
  const day = index.slotDay[pick(index.requests[request]!.allowedSlots, rng)]!;
  const freed: number[] = [];
  for (const slot of index.slotsOfDay[day]!) {
    const holder = state.personAt[person * index.slotCount + slot]!;
    if (holder === NONE || state.locked[holder] === 1) continue;
    journalRemove(journal, state, holder);
    freed.push(holder);
  }
  const people = new Set<number>(index.requests[request]!.persons);
  for (const other of freed) for (const p of index.requests[other]!.persons) people.add(p);
  repair(state, journal, [request, ...freed], people, rng);
}

const isOutOfBudget = (limits: SearchLimits, startMs: number, iterations: number) => {
  if (limits.iterations !== undefined) return iterations >= limits.iterations;
  if (iterations % CLOCK_EVERY !== 0) return false;
  return limits.clock() - startMs >= (limits.budgetMs ?? 0);
};

/**
 * Large-neighbourhood search from the given schedule: each move ejects or rebuilds a little, and is kept
 * only if the objective does not drop, so the result is never worse than the start. With an iteration
 * limit (and no clock reading in the loop) the result depends on the seed alone.
 */
export function improveSchedule(state: ScheduleState, limits: SearchLimits): SearchStats {
  const journal = openJournal();
  const startMs = limits.clock();
  let iterations = 0;
  let improvements = 0;
  while (!isOutOfBudget(limits, startMs, iterations)) {
    iterations += 1;
    const before = state.objective;
    if (limits.rng() < 0.6) tryEjection(state, journal, limits.rng);
    else tryPersonDay(state, journal, limits.rng);
    if (state.objective < before - EPSILON) rollBack(journal, state);
    else {
      if (state.objective > before + EPSILON) improvements += 1;
      journal.before.clear();
    }
  }
  return { iterations, improvements };
}
