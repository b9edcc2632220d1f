import { loadExactSolver } from '../src/domain/meetings/scheduler/exact-solver.ts';
import { scheduleGreedily } from '../src/domain/meetings/scheduler/greedy.ts';
import { indexInstance } from '../src/domain/meetings/scheduler/instance-index.ts';
import { applyChange, reoptimiseSchedule } from '../src/domain/meetings/scheduler/reoptimise.ts';
import { scheduleIndexedMeetings } from '../src/domain/meetings/scheduler/schedule.ts';
import { collectGarbage, megabytes, round, time } from './support/measure.ts';
import { generateSummit, type SummitSize } from './support/schedule-generator.ts';
import { seededRandom } from '../src/platform/random/seeded-random.ts';

/**
 * `npm run bench:schedule`: generated summits S, M and L (bench/support/schedule-generator.ts, fixed
 * seed). For each: the schedule (greedy + large-neighbourhood search within the size's budget), its
 * upper bound (Lagrangian; HiGHS's LP relaxation too for S and M) and gap, time and memory; in the same
 * run the greedy baseline and HiGHS's MIP given the same time (S: to optimality, the certificate). Then
 * a re-optimisation of M after one cancellation. `BENCH_SCHEDULE_SIZES=S,M` skips L. Last line JSON.
 */
const SEED = 20251118;
// S is small enough for the scheduler's exact step: HiGHS's MIP after the search, as the app runs it.
const EXACT_UP_TO_REQUESTS = 400;
const SIZES: Record<string, SummitSize & { budgetMs: number; targetRatio: number | null }> = {
  S: { people: 50, requests: 300, slots: 16, budgetMs: 1000, targetRatio: 1 },
  M: { people: 300, requests: 3000, slots: 24, budgetMs: 3500, targetRatio: 0.995 },
  L: { people: 2000, requests: 30000, slots: 32, budgetMs: 45000, targetRatio: 0.98 },
};
const TIME_TARGET_MS: Record<string, number> = { S: Infinity, M: 5000, L: 60000 };
const chosen = (process.env.BENCH_SCHEDULE_SIZES ?? 'S,M,L').split(',').filter((name) => name in SIZES);
const solver = await loadExactSolver();
const clock = () => performance.now();

function benchSize(name: string) {
  const size = SIZES[name]!;
  const instance = generateSummit(size, SEED);
  collectGarbage();
  const index = indexInstance(instance);
  const greedy = time(() => scheduleGreedily(index));
  const run = time(() =>
    scheduleIndexedMeetings(index, {
      rng: seededRandom(SEED),
      clock,
      budgetMs: size.budgetMs,
      ...(size.requests <= EXACT_UP_TO_REQUESTS && {
        exactSolver: solver,
        exactUpToRequests: EXACT_UP_TO_REQUESTS,
        exactTimeLimitSeconds: 60,
      }),
    }),
  );
  const result = run.value;
  const heapMB = megabytes(process.memoryUsage().heapUsed);
  const lp =
    name === 'L' ? null : time(() => solver.solveRelaxation(index, { timeLimitSeconds: name === 'S' ? 120 : 20 }));
  const bound = Math.min(result.upperBound, lp?.value ?? Infinity);
  const highsSeconds = name === 'S' ? 300 : run.ms / 1000;
  const highs = name === 'L' ? null : time(() => solver.solveExactly(index, { timeLimitSeconds: highsSeconds }));
  const certified = highs?.value.optimal ? highs.value.objective : null;
  const ratio = result.objective / (certified ?? bound);
  const greedyRatio = greedy.value.objective / (certified ?? bound);
  return {
    size: name,
    people: size.people,
    requests: size.requests,
    slots: size.slots,
    objective: round(result.objective, 1),
    scheduled: result.stats.scheduled,
    lagrangianBound: round(result.upperBound, 1),
    lpBound: lp?.value == null ? null : round(lp.value, 1),
    lpMs: lp ? round(lp.ms, 0) : null,
    ratioToBound: round(ratio, 4),
    boundSource: result.stats.boundSource,
    ms: round(run.ms, 0),
    iterations: result.stats.iterations,
    heapMB,
    greedyObjective: round(greedy.value.objective, 1),
    greedyRatio: round(greedyRatio, 4),
    pointsAboveGreedy: round((ratio - greedyRatio) * 100, 2),
    highsObjective: highs ? round(highs.value.objective, 1) : null,
    highsOptimal: highs?.value.optimal ?? null,
    highsMs: highs ? round(highs.ms, 0) : null,
    targetRatio: size.targetRatio,
    ratioMet: size.targetRatio === null || ratio >= size.targetRatio - 1e-9,
    timeMet: run.ms <= TIME_TARGET_MS[name]!,
    beatsHighs: highs ? result.objective >= highs.value.objective - 1e-6 : null,
  };
}

function benchReoptimisation() {
  const instance = generateSummit(SIZES.M!, SEED);
  const before = scheduleIndexedMeetings(indexInstance(instance), { rng: seededRandom(SEED), clock, budgetMs: 3000 });
  const cancelled = before.assignments[Math.floor(before.assignments.length / 2)]!.requestId;
  const after = applyChange(instance, { kind: 'cancellation', requestId: cancelled });
  const run = time(() => reoptimiseSchedule(after, before.assignments, { maxMoves: 5 }));
  return {
    ms: round(run.ms, 0),
    moved: run.value.moved.length,
    added: run.value.added.length,
    objectiveBefore: round(before.objective, 1),
    objectiveAfter: round(run.value.objective, 1),
    met: run.ms <= 1000 && run.value.moved.length <= 5,
  };
}

const results = chosen.map(benchSize);
const reoptimisation = chosen.includes('M') ? benchReoptimisation() : null;
const peakRssMB = round(process.resourceUsage().maxRSS / 1024, 1);
for (const r of results) {
  console.log(
    `${r.size} (${r.people} people, ${r.requests} requests, ${r.slots} slots): ${r.objective} (${r.scheduled} meetings) in ${r.ms} ms, ${r.iterations} moves; bound ${r.lpBound ?? r.lagrangianBound} (Lagrangian ${r.lagrangianBound}, LP ${r.lpBound ?? '—'} in ${r.lpMs ?? '—'} ms); ratio ${r.ratioToBound}${r.boundSource === 'mip' ? ' (optimal, proved by the exact step)' : ''} — target ${r.targetRatio} ${r.ratioMet ? 'met' : 'NOT met'}, time ${r.timeMet ? 'met' : 'NOT met'}`,
  );
  console.log(
    `   greedy ${r.greedyObjective} (ratio ${r.greedyRatio}, +${r.pointsAboveGreedy} points by the search); HiGHS MIP ${r.highsObjective ?? 'not run'}${r.highsOptimal ? ' (optimal)' : ''} in ${r.highsMs ?? '—'} ms — ${r.beatsHighs === null ? '' : r.beatsHighs ? 'search ≥ HiGHS' : 'HiGHS better'}; heap ${r.heapMB} MB`,
  );
}
if (reoptimisation) {
  console.log(
    `re-optimising M after one cancellation: ${reoptimisation.ms} ms, ${reoptimisation.moved} meetings moved, ${reoptimisation.added} added — target ≤ 1000 ms and ≤ 5 moved ${reoptimisation.met ? 'met' : 'NOT met'}`,
  );
}
console.log(`peak RSS ${peakRssMB} MB`);
console.log(JSON.stringify({ bench: 'schedule', seed: SEED, sizes: results, reoptimisation, peakRssMB }));
