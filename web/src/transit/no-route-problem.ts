import type { ApiProblem } from '../api/client.ts';
import { BLOCK_REASONS, type TransitBlockedLeg } from '../api/types.ts';

const NO_ROUTE_CODE = 'transit_no_route';

export function isNoRoute(problem: ApiProblem | null): problem is ApiProblem {
  return problem?.problem.code === NO_ROUTE_CODE;
}

function isBlockedLeg(value: unknown): value is TransitBlockedLeg {
  if (typeof value !== 'object' || value === null) return false;
  const { legId, reason } = value as Record<string, unknown>;
  return typeof legId === 'string' && BLOCK_REASONS.some((known) => known === reason);
}

/** The legs that stand in the way, from the problem's `blockedLegs` extension member (unknown entries dropped). */
export function blockedLegsOf(problem: ApiProblem): TransitBlockedLeg[] {
  const members = (problem.problem as { blockedLegs?: unknown }).blockedLegs;
  return Array.isArray(members) ? members.filter(isBlockedLeg) : [];
}
