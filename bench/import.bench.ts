import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { readConfig } from '../src/platform/config.ts';
import type { DatabaseHandle, DatabaseKind } from '../src/platform/db/client.ts';
import { openMigratedDatabase } from '../src/platform/db/migrate.ts';
import { signedIn } from '../src/platform/testing/factories/users.ts';
import { createScratchPostgresDatabase } from '../src/platform/testing/test-database.ts';
import { MEDIA_TYPES } from '../src/domain/catalogue/transfer-files.ts';
import { CATALOGUE_COLUMNS } from '../src/domain/catalogue/catalogue-columns.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { generateItems, writeImportWorkbook } from './support/import-workbook.ts';

/**
 * `npm run bench:import`: a 10,000-row XLSX file (fixed seed) imported through the API in process,
 * on PGlite and on PostgreSQL when one is reachable, against the bare cost of ExcelJS reading the
 * same file into row arrays, measured in the same run. The last line is JSON, for comparing runs.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const SEED = 20251118;
const BASELINE_RUNS = 3;
const POSTGRES_SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Result = { database: DatabaseKind | '-'; step: string; ms: number };
type ReadLatency = { database: DatabaseKind; while: string; reads: number; medianMs: number; maxMs: number };

// The 4.7 MB file of finding 1 in issue 14: 890,000 short rows, which once held every request up for seconds.
const LONG_CSV_ROWS = 890_000;

async function readRowArrays(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push(row.values as unknown[]));
  return rows;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - start), value };
}

async function measureBaseline(file: Buffer): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < BASELINE_RUNS; run++) {
    const { ms, value } = await time(() => readRowArrays(file));
    if (value.length !== ROWS + 1) throw new Error(`baseline read ${value.length} rows, expected ${ROWS + 1}`);
    runs.push(ms);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

/**
 * How long a small read (one page of the catalogue) takes while `work` runs in the same process,
 * asked every 20 ms: what one import costs every other request on its instance.
 */
async function readsDuring(app: FastifyInstance, work: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  const running = work().finally(() => {
    done = true;
  });
  while (!done) {
    // Timed from before the pause: a blocked event loop shows as a timer that fires late.
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await app.inject({ method: 'GET', url: '/api/items?limit=1' });
    latencies.push(performance.now() - start - 20);
  }
  await running;
  return latencies;
}

function summariseReads(database: DatabaseKind, label: string, latencies: number[]): ReadLatency {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    database,
    while: label,
    reads: sorted.length,
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    maxMs: Math.round(sorted.at(-1) ?? 0),
  };
}

/** Checking the file alone (the report) and the whole import, each on a fresh seeded database. */
async function measureImport(handle: DatabaseHandle, file: Buffer): Promise<Result[]> {
  const app = await buildApp(
    {
      db: handle.db,
      databaseKind: handle.kind,
      now: () => new Date(),
      config: readConfig({ LOG_LEVEL: 'silent' }),
      mailer: null,
    },
    { webDistDir: null },
  );
  await app.ready();
  try {
    const admin = await signedIn(handle.db, { role: 'secretariat_admin' });
    const post = (url: string) =>
      app.inject({
        method: 'POST',
        url,
        payload: file,
        headers: { 'content-type': MEDIA_TYPES.xlsx, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      });
    const report = await time(() => post('/api/items/import/report'));
    if (report.value.statusCode !== 200)
      throw new Error(`report answered ${report.value.statusCode}: ${report.value.body.slice(0, 500)}`);
    const stored = await time(() => post('/api/items/import?status=published'));
    if (stored.value.statusCode !== 201 || stored.value.json().imported !== ROWS)
      throw new Error(`import answered ${stored.value.statusCode}: ${stored.value.body.slice(0, 500)}`);
    const idle = await readsDuring(app, () => new Promise((resolve) => setTimeout(resolve, 1000)));
    const duringReport = await readsDuring(app, () => post('/api/items/import/report'));
    const longCsv = longCsvFile();
    const duringLongCsv = await readsDuring(app, () =>
      app.inject({
        method: 'POST',
        url: '/api/items/import',
        payload: longCsv,
        headers: { 'content-type': MEDIA_TYPES.csv, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      }),
    );
    readLatencies.push(
      summariseReads(handle.kind, 'nothing else (baseline)', idle),
      summariseReads(handle.kind, `checking the ${ROWS}-row XLSX file`, duringReport),
      summariseReads(
        handle.kind,
        `a ${(longCsv.length / 1024 / 1024).toFixed(1)} MB CSV of ${LONG_CSV_ROWS} rows`,
        duringLongCsv,
      ),
    );
    return [
      { database: handle.kind, step: 'check only (POST /api/items/import/report)', ms: report.ms },
      { database: handle.kind, step: 'full import (POST /api/items/import)', ms: stored.ms },
    ];
  } finally {
    await app.close();
  }
}

const readLatencies: ReadLatency[] = [];

/** The catalogue's header, then rows of one short cell each: 4.5 MB. */
function longCsvFile(): Buffer {
  return Buffer.from(`${CATALOGUE_COLUMNS.join(',')}\n${'abcd\n'.repeat(LONG_CSV_ROWS)}`);
}

const seeded = async (handle: DatabaseHandle) => void (await seedDatabase(handle.db));

async function measureOnPglite(file: Buffer): Promise<Result[]> {
  const handle = await openMigratedDatabase({}, seeded);
  try {
    return await measureImport(handle, file);
  } finally {
    await handle.close();
  }
}

async function measureOnPostgres(file: Buffer): Promise<Result[] | null> {
  const scratch = await createScratchPostgresDatabase(POSTGRES_SERVER).catch(() => null);
  if (!scratch) return null;
  try {
    const handle = await openMigratedDatabase({ databaseUrl: scratch.url }, seeded);
    try {
      return await measureImport(handle, file);
    } finally {
      await handle.close();
    }
  } finally {
    await scratch.drop();
  }
}

const file = await writeImportWorkbook(generateItems(ROWS, SEED));
const baselineMs = await measureBaseline(file);
const results = [...(await measureOnPglite(file))];
const postgres = await measureOnPostgres(file);
if (postgres) results.push(...postgres);
else console.log(`PostgreSQL not reachable at ${POSTGRES_SERVER}: measured PGlite only.`);

const rows = results.map((result) => ({
  ...result,
  rowsPerSecond: Math.round((ROWS / result.ms) * 1000),
  ratioToBaseline: Number((result.ms / baselineMs).toFixed(1)),
}));
const baseline = {
  database: '-',
  step: `baseline: ExcelJS reads the file into row arrays (median of ${BASELINE_RUNS})`,
  ms: baselineMs,
  rowsPerSecond: Math.round((ROWS / baselineMs) * 1000),
  ratioToBaseline: 1,
};
console.table([baseline, ...rows]);
console.log('A page of the catalogue (GET /api/items?limit=1, every 20 ms) while an import runs in the same process:');
console.table(readLatencies);
console.log(
  JSON.stringify({
    bench: 'import',
    rows: ROWS,
    seed: SEED,
    fileBytes: file.length,
    baselineMs,
    results: rows.map(({ database, step, ms, ratioToBaseline }) => ({ database, step, ms, ratioToBaseline })),
    readLatencies,
  }),
);
