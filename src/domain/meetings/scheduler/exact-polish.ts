import type { ExactSolver } from './exact-solver.ts';
import { checkAssignment } from './feasibility-rules.ts';
import type { Assignment } from './model.ts';
import { createState, NONE, placeLockedMeetings, placeMeeting, type ScheduleState } from './schedule-state.ts';
import type { InstanceIndex } from './instance-index.ts';

/**
 * The state of the given assignments, checked one by one by the scheduler's own rules; null when one
 * breaks them, so a solver's answer is only ever taken after the same checks as a drag and drop.
 */
export function stateOfAssignments(index: InstanceIndex, assignments: readonly Assignment[]): ScheduleState | null {
  const state = createState(index);
  placeLockedMeetings(state);
  for (const assignment of assignments) {
    const request = index.requestPosition.get(assignment.requestId)!;
    if (state.locked[request] === 1) continue;
    if (!checkAssignment(state, assignment).ok) return null;
    const interpreter =
      assignment.interpreterId === null ? NONE : index.interpreterPosition.get(assignment.interpreterId)!;
    placeMeeting(
      state,
      request,
      index.slotPosition.get(assignment.slotId)!,
      index.roomPosition.get(assignment.roomId)!,
      interpreter,
    );
  }
  return state;
}

export type ExactPolish = { state: ScheduleState; optimal: boolean; bound: number };

/**
 * On a small summit HiGHS's MIP, started after the search, can close the last gap: its schedule is
 * taken when it is better and passes every rule, and a proof of optimality becomes the bound.
 */
export function polishExactly(
  index: InstanceIndex,
  solver: ExactSolver,
  current: ScheduleState,
  timeLimitSeconds: number,
): ExactPolish | null {
  const exact = solver.solveExactly(index, { timeLimitSeconds });
  const state = exact.objective > current.objective ? stateOfAssignments(index, exact.assignments) : null;
  const better = state !== null && state.objective > current.objective;
  if (!better && !exact.optimal) return null;
  return { state: better ? state : current, optimal: exact.optimal, bound: exact.bound };
}
