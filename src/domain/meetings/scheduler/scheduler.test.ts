import { beforeAll, describe, expect, it } from 'vitest';
import { stateOfAssignments } from './exact-polish.ts';
import { type ExactSolver, loadExactSolver } from './exact-solver.ts';
import { scheduleGreedily } from './greedy.ts';
import { indexInstance } from './instance-index.ts';
import { improveSchedule } from './local-search.ts';
import { assignmentsOf, copyState } from './schedule-state.ts';
import { scheduleMeetings } from './schedule.ts';
import { seededRandom } from '../../../platform/random/seeded-random.ts';
import { fixedClock, findViolations, smallInstance } from './test-instances.ts';
import { lagrangianBound } from './upper-bound.ts';

const SEEDS = Array.from({ length: 25 }, (_, at) => 1000 + at);
const objectiveOf = (instance: ReturnType<typeof smallInstance>, seed: number, iterations: number) =>
  scheduleMeetings(instance, { rng: seededRandom(seed), clock: fixedClock, iterations });

let solver: ExactSolver;
beforeAll(async () => {
  solver = await loadExactSolver();
});

describe('the greedy baseline', () => {
  it('never breaks a constraint, checked independently of the rules', () => {
    for (const seed of SEEDS) {
      const instance = smallInstance(seed, { people: 12, requests: 40, slots: 6 });
      expect(
        findViolations(instance, assignmentsOf(scheduleGreedily(indexInstance(instance)))),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });
});

describe('the local search', () => {
  it('never breaks a constraint and is never worse than greedy, and better on some instances', () => {
    let better = 0;
    for (const seed of SEEDS) {
      const instance = smallInstance(seed, { people: 12, requests: 40, slots: 6 });
      const index = indexInstance(instance);
      const greedy = scheduleGreedily(index);
      const state = copyState(greedy);
      improveSchedule(state, { rng: seededRandom(seed), clock: fixedClock, iterations: 3000 });
      expect(findViolations(instance, assignmentsOf(state)), `seed ${seed}`).toEqual([]);
      expect(state.objective).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
      if (state.objective > greedy.objective + 1e-9) better += 1;
    }
    expect(better).toBeGreaterThan(0);
  });

  it('gives the same schedule for the same seed and iteration count', () => {
    const instance = smallInstance(7, { people: 20, requests: 80, slots: 9 });
    expect(objectiveOf(instance, 3, 2000).assignments).toEqual(objectiveOf(instance, 3, 2000).assignments);
  });
});

describe('against the exact optimum from HiGHS', () => {
  it('has the bound at or above the optimum and the search at or near it', () => {
    let reached = 0;
    for (const seed of SEEDS) {
      const instance = smallInstance(seed);
      const exact = solver.solveExactly(indexInstance(instance), { timeLimitSeconds: 30 });
      expect(exact.optimal).toBe(true);
      expect(findViolations(instance, exact.assignments), `seed ${seed}`).toEqual([]);
      const result = objectiveOf(instance, seed, 3000);
      expect(result.objective).toBeLessThanOrEqual(exact.objective + 1e-6);
      expect(result.upperBound).toBeGreaterThanOrEqual(exact.objective - 1e-6);
      expect(lagrangianBound(indexInstance(instance), 0)).toBeGreaterThanOrEqual(exact.objective - 1e-6);
      expect(solver.solveRelaxation(indexInstance(instance))!).toBeGreaterThanOrEqual(exact.objective - 1e-6);
      expect(result.objective).toBeGreaterThanOrEqual(0.85 * exact.objective);
      if (result.objective >= exact.objective - 1e-6) reached += 1;
    }
    expect(reached).toBeGreaterThanOrEqual(SEEDS.length * 0.4);
  });

  it('reports the LP bound when given HiGHS, and a gap that matches it', () => {
    const instance = smallInstance(3);
    const result = scheduleMeetings(instance, {
      rng: seededRandom(3),
      clock: fixedClock,
      iterations: 500,
      exactSolver: solver,
    });
    expect(result.gap).toBeCloseTo((result.upperBound - result.objective) / result.upperBound, 9);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.objective);
  });
});

describe('the exact step on a small summit', () => {
  it('reaches the optimum where the search alone stops short, proves it, and breaks no rule', () => {
    const short = SEEDS.map((seed) => ({ seed, instance: smallInstance(seed) })).find(
      ({ seed, instance }) =>
        objectiveOf(instance, seed, 50).objective <
        solver.solveExactly(indexInstance(instance), { timeLimitSeconds: 30 }).objective - 1e-6,
    );
    expect(short, 'an instance the short search leaves below the optimum').toBeDefined();
    const { seed, instance } = short!;
    const optimum = solver.solveExactly(indexInstance(instance), { timeLimitSeconds: 30 }).objective;
    const result = scheduleMeetings(instance, {
      rng: seededRandom(seed),
      clock: fixedClock,
      iterations: 50,
      exactSolver: solver,
      exactUpToRequests: instance.requests.length,
    });
    expect(result.objective).toBeCloseTo(optimum, 6);
    expect(result.stats.boundSource).toBe('mip');
    expect(result.gap).toBe(0);
    expect(findViolations(instance, result.assignments)).toEqual([]);
  });

  it('is skipped above its size, leaving the search’s schedule and the LP bound', () => {
    const instance = smallInstance(SEEDS[0]!);
    const result = scheduleMeetings(instance, {
      rng: seededRandom(1),
      clock: fixedClock,
      iterations: 50,
      exactSolver: solver,
      exactUpToRequests: instance.requests.length - 1,
    });
    expect(result.stats.boundSource).not.toBe('mip');
  });

  it('refuses a solver’s answer that breaks a rule: one person in two meetings at once', () => {
    const instance = smallInstance(SEEDS[0]!);
    const index = indexInstance(instance);
    const person = instance.requests[0]!.sides[0].personIds[0]!;
    const [first, second] = instance.requests.filter((request) =>
      request.sides.some((side) => side.personIds.includes(person)),
    );
    const slot = instance.slots[0]!.id;
    const [roomA, roomB] = instance.rooms;
    const clash = [
      { requestId: first!.id, slotId: slot, roomId: roomA!.id, interpreterId: null },
      { requestId: second!.id, slotId: slot, roomId: roomB!.id, interpreterId: null },
    ];
    expect(stateOfAssignments(index, clash)).toBeNull();
  });
});

describe('locked meetings', () => {
  it('stay in their slot, room and interpreter through the search', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const base = smallInstance(seed);
      const free = scheduleMeetings(base, { rng: seededRandom(seed), clock: fixedClock, iterations: 500 });
      const lockedOnes = free.assignments.slice(0, 3);
      const instance = {
        ...base,
        requests: base.requests.map((request) => {
          const lock = lockedOnes.find((assignment) => assignment.requestId === request.id);
          return lock
            ? { ...request, lock: { slotId: lock.slotId, roomId: lock.roomId, interpreterId: lock.interpreterId } }
            : request;
        }),
      };
      const result = scheduleMeetings(instance, { rng: seededRandom(seed + 1), clock: fixedClock, iterations: 2000 });
      for (const lock of lockedOnes) expect(result.assignments).toContainEqual(lock);
      expect(findViolations(instance, result.assignments)).toEqual([]);
      const exact = solver.solveExactly(indexInstance(instance), { timeLimitSeconds: 30 });
      for (const lock of lockedOnes) expect(exact.assignments).toContainEqual(lock);
    }
  });
});
