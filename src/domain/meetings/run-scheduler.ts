import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { seededRandom } from '../../platform/random/seeded-random.ts';
import { insertProvisional } from './bookings.ts';
import { instanceOf, isFixed, loadScheduleFacts } from './load-instance.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { ScheduledMeeting } from './model.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import { type ExactSolver, loadExactSolver } from './scheduler/exact-solver.ts';
import type { ScheduleResult } from './scheduler/model.ts';
import { scheduleMeetings } from './scheduler/schedule.ts';
import { createSetupRepository } from './setup-repository.ts';
import { type Reoptimised, reoptimiseProvisional } from './reoptimise-provisional.ts';

/** Up to this many requests the LP relaxation (HiGHS) tightens the bound within a second or two. */
const LP_BOUND_MAX_REQUESTS = 2000;
const LP_TIME_LIMIT_SECONDS = 5;
/** Up to this many requests HiGHS's MIP follows the search and usually proves the optimum (S of the benchmark: ~5 s). */
const EXACT_MAX_REQUESTS = 400;
const EXACT_TIME_LIMIT_SECONDS = 10;

// HiGHS is a WASM module: loaded once per process, on the first run that needs it.
let exactSolver: Promise<ExactSolver> | null = null;

function loadSolverOnce(): Promise<ExactSolver> {
  exactSolver ??= loadExactSolver();
  return exactSolver;
}

export type SchedulerOptions = { iterations: number; seed: number };

export type ScheduleRun = {
  result: ScheduleResult;
  meetings: MeetingWithRequest[];
  /** Accepted requests the schedule has no place for. */
  unscheduled: string[];
};

/**
 * Schedules the edition's accepted requests anew: locked and published meetings stay where they are,
 * every other provisional meeting is replaced by the scheduler's. The result says how far from the
 * best possible schedule this one can at most be. The same seed and iterations give the same schedule.
 */
export async function runScheduler(
  context: WriteContext,
  editionId: string,
  options: SchedulerOptions,
): Promise<ScheduleRun> {
  requirePermission(context.actor, 'meeting.schedule');
  await createSetupRepository(context.db).lockEdition(editionId);
  const facts = await loadScheduleFacts(context, editionId);
  const fixed = facts.meetings.filter(isFixed);
  const solver = facts.requests.length <= LP_BOUND_MAX_REQUESTS ? await loadSolverOnce() : undefined;
  const result = scheduleMeetings(instanceOf(facts, fixed), {
    rng: seededRandom(options.seed),
    clock: () => 0,
    iterations: options.iterations,
    exactSolver: solver,
    lpTimeLimitSeconds: LP_TIME_LIMIT_SECONDS,
    exactUpToRequests: EXACT_MAX_REQUESTS,
    exactTimeLimitSeconds: EXACT_TIME_LIMIT_SECONDS,
  });
  const repo = createMeetingsRepository(context.db);
  await repo.deleteProvisional(editionId);
  const kept = new Set(fixed.map((meeting) => meeting.requestId));
  const requests = new Map(facts.requests.map((request) => [request.id, request]));
  const created: ScheduledMeeting[] = [];
  for (const { requestId, slotId, roomId, interpreterId } of result.assignments) {
    if (kept.has(requestId)) continue;
    created.push(await insertProvisional(context, requests.get(requestId)!, { slotId, roomId, interpreterId }));
  }
  const placed = new Set(result.assignments.map((assignment) => assignment.requestId));
  const summary = {
    objective: result.objective,
    upperBound: result.upperBound,
    gap: result.gap,
    scheduled: result.stats.scheduled,
    requests: result.stats.requests,
    seed: options.seed,
    iterations: options.iterations,
  };
  await recordAudit(context, 'meeting.schedule', 'edition', editionId, { after: summary });
  return {
    result,
    meetings: [...fixed, ...created].map((meeting) => ({ meeting, request: requests.get(meeting.requestId)! })),
    unscheduled: facts.requests.filter((request) => !placed.has(request.id)).map((request) => request.id),
  };
}

export type ScheduleUpdate = Reoptimised & { unscheduled: string[] };

/**
 * Fits the provisional schedule to what changed since it was made (new accepted requests, a late
 * arrival, a session added): unlike a fresh run, every meeting that still fits stays where it is.
 */
export async function updateSchedule(
  context: WriteContext,
  editionId: string,
  options: { maxMoves: number },
): Promise<ScheduleUpdate> {
  requirePermission(context.actor, 'meeting.schedule');
  await createSetupRepository(context.db).lockEdition(editionId);
  const facts = await loadScheduleFacts(context, editionId);
  const result = await reoptimiseProvisional(context, facts, options.maxMoves);
  const left = new Set(result.moved.filter((move) => move.to === null).map((move) => move.requestId));
  const placed = new Set([
    ...facts.meetings.map((meeting) => meeting.requestId).filter((id) => !left.has(id)),
    ...result.added.map(({ request }) => request.id),
  ]);
  await recordAudit(context, 'meeting.reoptimise', 'edition', editionId, {
    after: { moved: result.moved, added: result.added.map(({ meeting }) => meeting.id) },
  });
  return { ...result, unscheduled: facts.requests.filter((request) => !placed.has(request.id)).map(({ id }) => id) };
}
