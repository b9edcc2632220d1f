import type { ExactSolver } from './exact-solver.ts';
import { scheduleGreedily } from './greedy.ts';
import { type InstanceIndex, indexInstance } from './instance-index.ts';
import { improveSchedule } from './local-search.ts';
import { polishExactly } from './exact-polish.ts';
import type { BoundSource, ScheduleResult, SchedulingInstance, SearchLimits } from './model.ts';
import { assignmentsOf, copyState } from './schedule-state.ts';
import { lagrangianBound } from './upper-bound.ts';

export type ScheduleOptions = SearchLimits & {
  /** With a loaded HiGHS, the LP relaxation tightens the bound (worth it up to a few thousand requests). */
  exactSolver?: ExactSolver;
  lpTimeLimitSeconds?: number;
  /** Up to this many requests HiGHS's MIP runs after the search (`exactTimeLimitSeconds`) and may prove the optimum. */
  exactUpToRequests?: number;
  exactTimeLimitSeconds?: number;
};

/**
 * Greedy, then large-neighbourhood search for the budget, on a small summit HiGHS's MIP after it, then
 * a bound on the optimum, so every schedule comes with how far from the best it can at most be.
 */
export function scheduleIndexedMeetings(index: InstanceIndex, options: ScheduleOptions): ScheduleResult {
  const greedy = scheduleGreedily(index);
  let state = copyState(greedy);
  const search = improveSchedule(state, options);
  const polish =
    options.exactSolver && index.requests.length <= (options.exactUpToRequests ?? 0)
      ? polishExactly(index, options.exactSolver, state, options.exactTimeLimitSeconds ?? 10)
      : null;
  if (polish) state = polish.state;
  let upperBound = lagrangianBound(index, state.objective);
  let boundSource: BoundSource = 'lagrangian';
  if (polish?.optimal) [upperBound, boundSource] = [state.objective, 'mip'];
  const lp = polish?.optimal
    ? null
    : options.exactSolver?.solveRelaxation(index, { timeLimitSeconds: options.lpTimeLimitSeconds ?? 60 });
  if (lp != null && lp < upperBound) [upperBound, boundSource] = [lp, 'lp'];
  // The bound is never below a schedule that exists; rounding in the LP could put it a hair under.
  upperBound = Math.max(upperBound, state.objective);
  return {
    assignments: assignmentsOf(state),
    objective: state.objective,
    upperBound,
    gap: upperBound === 0 ? 0 : (upperBound - state.objective) / upperBound,
    stats: {
      scheduled: state.scheduled,
      requests: index.requests.length,
      greedyObjective: greedy.objective,
      iterations: search.iterations,
      improvements: search.improvements,
      boundSource,
    },
  };
}

export const scheduleMeetings = (instance: SchedulingInstance, options: ScheduleOptions): ScheduleResult =>
  scheduleIndexedMeetings(indexInstance(instance), options);
