import {
  NONE,
  type Placement,
  placeMeeting,
  placementOf,
  removeMeeting,
  type ScheduleState,
} from './schedule-state.ts';

/**
 * Remembers where each touched meeting was before a tentative move, so a move that turns out worse is
 * undone exactly (the search accepts only moves that are not worse).
 */
export type ScheduleJournal = { before: Map<number, Placement | null> };

export const openJournal = (): ScheduleJournal => ({ before: new Map() });

const remember = (journal: ScheduleJournal, state: ScheduleState, request: number) => {
  if (!journal.before.has(request)) journal.before.set(request, placementOf(state, request));
};

export function journalRemove(journal: ScheduleJournal, state: ScheduleState, request: number) {
  remember(journal, state, request);
  removeMeeting(state, request);
}

export function journalPlace(journal: ScheduleJournal, state: ScheduleState, request: number, placement: Placement) {
  remember(journal, state, request);
  placeMeeting(state, request, placement.slot, placement.room, placement.interpreter);
}

export function rollBack(journal: ScheduleJournal, state: ScheduleState) {
  for (const request of journal.before.keys()) removeMeeting(state, request);
  for (const [request, placement] of journal.before) {
    if (placement) placeMeeting(state, request, placement.slot, placement.room, placement.interpreter);
  }
  journal.before.clear();
}

/** The meetings the move changed: request, where it was and where it is now (NONE slot = unscheduled). */
export function journalChanges(journal: ScheduleJournal, state: ScheduleState) {
  return [...journal.before]
    .map(([request, before]) => ({ request, before, after: placementOf(state, request) }))
    .filter(({ before, after }) => (before?.slot ?? NONE) !== (after?.slot ?? NONE) || before?.room !== after?.room);
}
