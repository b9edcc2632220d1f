import type { z } from 'zod';
import type { ApiProblem } from '../api/client.ts';
import { BLOCK_REASONS } from '../api/types.ts';
import type { NoRouteMembers } from '../../../src/domain/transit/schema.ts';

/** A leg in the way, as a "no route" problem names it in its `blockedLegs` member (the server's schema). */
export type BlockedLeg = NonNullable<z.infer<typeof NoRouteMembers>['blockedLegs']>[number];

export function isNoRoute(problem: ApiProblem | null): problem is ApiProblem {
  return problem?.problem.code === 'transit_no_route';
}

// The member arrives as the server wrote it, unchecked on the way: each entry is read before it is trusted.
function isBlockedLeg(value: unknown): value is BlockedLeg {
  if (typeof value !== 'object' || value === null) return false;
  const { legId, reason } = value as Record<string, unknown>;
  return typeof legId === 'string' && BLOCK_REASONS.some((known) => known === reason);
}

/** The legs that stand in the way, from the problem's `blockedLegs` extension member (unknown entries dropped). */
export function blockedLegsOf(problem: ApiProblem): BlockedLeg[] {
  const details = problem.problem;
  const members = 'blockedLegs' in details ? details.blockedLegs : undefined;
  return Array.isArray(members) ? members.filter(isBlockedLeg) : [];
}
