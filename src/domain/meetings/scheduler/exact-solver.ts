// The only file that knows HiGHS (a WASM build of the LP/MIP solver): a library, not I/O, so it stays pure.
import loadHighs from 'highs';
import type { InstanceIndex } from './instance-index.ts';
import { assignmentsFromColumns, buildScheduleProgram, type ScheduleProgram } from './mip-model.ts';
import type { Assignment } from './model.ts';

export type ExactResult = {
  /** True when HiGHS proved the schedule optimal; false when the time limit stopped it first. */
  optimal: boolean;
  assignments: Assignment[];
  objective: number;
  /** HiGHS's proven bound on the optimum (equal to the objective when optimal). */
  bound: number;
  columns: number;
  rows: number;
};

export type ExactSolver = {
  solveExactly(index: InstanceIndex, options?: { timeLimitSeconds?: number }): ExactResult;
  /** The LP relaxation's optimum, an upper bound on the best schedule; null if HiGHS did not finish. */
  solveRelaxation(index: InstanceIndex, options?: { timeLimitSeconds?: number }): number | null;
};

type Highs = Awaited<ReturnType<typeof loadHighs>>;

function toModelData(highs: Highs, program: ScheduleProgram, integer: boolean) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    indices.push(...row.columns);
    values.push(...row.coefficients);
    starts.push(indices.length);
  }
  const numCols = program.columns.length;
  return {
    numCols,
    numRows: program.rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: program.cost,
    colLower: program.lower,
    colUpper: program.columns.map(() => 1),
    rowLower: program.rows.map((row) => (row.lower === -Infinity ? -highs.infinity : row.lower)),
    rowUpper: program.rows.map((row) => row.upper),
    matrix: { format: 'csr' as const, numRows: program.rows.length, numCols, starts, indices, values },
    ...(integer ? { integrality: program.columns.map(() => highs.constants.variableType.integer) } : {}),
  };
}

export async function loadExactSolver(): Promise<ExactSolver> {
  const highs = await loadHighs();
  const run = (program: ScheduleProgram, integer: boolean, timeLimitSeconds: number) => {
    const model = highs.createModel(toModelData(highs, program, integer));
    try {
      model.options.set({ output_flag: false });
      if (Number.isFinite(timeLimitSeconds)) model.options.set({ time_limit: timeLimitSeconds });
      model.run();
      const status = model.getModelStatus();
      const hasSolution =
        status === highs.constants.modelStatus.optimal || Number(model.info.get('primal_solution_status')) === 2;
      return {
        optimal: status === highs.constants.modelStatus.optimal,
        values: hasSolution ? model.getSolution().colValue : null,
        objective: hasSolution ? model.getObjectiveValue() : 0,
        bound: integer ? Number(model.info.get('mip_dual_bound')) : model.getObjectiveValue(),
      };
    } finally {
      model.dispose();
    }
  };
  return {
    solveExactly(index, options = {}) {
      const program = buildScheduleProgram(index);
      const result = run(program, true, options.timeLimitSeconds ?? Number.POSITIVE_INFINITY);
      const chosen = result.values ? [...result.values.keys()].filter((at) => result.values![at]! > 0.5) : [];
      return {
        optimal: result.optimal,
        assignments: assignmentsFromColumns(index, program, chosen),
        objective: result.objective,
        bound: result.optimal ? result.objective : result.bound,
        columns: program.columns.length,
        rows: program.rows.length,
      };
    },
    solveRelaxation(index, options = {}) {
      const result = run(buildScheduleProgram(index), false, options.timeLimitSeconds ?? Number.POSITIVE_INFINITY);
      return result.optimal ? result.objective : null;
    },
  };
}
