import { findPlacement } from './feasibility-rules.ts';
import type { InstanceIndex } from './instance-index.ts';
import { createState, NONE, placeLockedMeetings, placeMeeting, type ScheduleState } from './schedule-state.ts';

/**
 * Heaviest first; among equals, the one with fewest possible slots, as it has fewest other chances;
 * then instance order, so the order is the same on every run.
 */
export function greedyOrder(index: InstanceIndex, requests: Iterable<number>): number[] {
  const facts = index.requests;
  return [...requests].sort(
    (a, b) =>
      facts[b]!.weight - facts[a]!.weight ||
      (facts[a]!.protocolRank ?? Infinity) - (facts[b]!.protocolRank ?? Infinity) ||
      facts[a]!.allowedSlots.length - facts[b]!.allowedSlots.length ||
      a - b,
  );
}

/** Places the request in its earliest slot that fits, if any. */
export function insertEarliest(state: ScheduleState, request: number): boolean {
  for (const slot of state.index.requests[request]!.allowedSlots) {
    const placement = findPlacement(state, request, slot);
    if (!placement) continue;
    placeMeeting(state, request, slot, placement.room, placement.interpreter);
    return true;
  }
  return false;
}

/** The baseline: locked meetings, then each request in greedy order in its earliest feasible slot. */
export function scheduleGreedily(index: InstanceIndex): ScheduleState {
  const state = createState(index);
  placeLockedMeetings(state);
  const open = index.requests.map((_, request) => request).filter((request) => state.slotOf[request] === NONE);
  for (const request of greedyOrder(index, open)) insertEarliest(state, request);
  return state;
}
