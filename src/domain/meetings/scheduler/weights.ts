import type { MeetingKind, Priority } from './model.ts';

/**
 * Ten times apart, so with the request counts of a summit day a must-meeting outweighs any handful of
 * want-meetings it displaces, and a want any handful of coulds. A governor's G2G counts double a B2B of
 * the same priority: the summit exists for the provinces' agreements first.
 */
const PRIORITY_WEIGHT: Record<Priority, number> = { must: 1000, want: 100, could: 10 };
const KIND_FACTOR: Record<MeetingKind, number> = { g2g: 2, b2b: 1 };

export const SMALLEST_WEIGHT = PRIORITY_WEIGHT.could * KIND_FACTOR.b2b;

/**
 * The protocol tie-break, summed over the whole schedule, stays below one tenth of the smallest request
 * weight: it can order G2G meetings in time but never cost a single could-request its place.
 */
const PROTOCOL_BUDGET = SMALLEST_WEIGHT / 10;

export const requestWeight = (kind: MeetingKind, priority: Priority): number =>
  PRIORITY_WEIGHT[priority] * KIND_FACTOR[kind];

/**
 * Bonus for holding a ranked G2G meeting in slot `slotPosition` (0 = earliest of the summit): the
 * earlier and the higher the rank (0 = host governor), the larger. Each ranked request gets at most
 * PROTOCOL_BUDGET / rankedRequests, so all of them together stay within the budget.
 */
export function protocolBonus(rank: number, slotPosition: number, slotCount: number, rankedRequests: number): number {
  const earliness = 1 - slotPosition / slotCount;
  return ((PROTOCOL_BUDGET / rankedRequests) * earliness) / (1 + rank);
}
