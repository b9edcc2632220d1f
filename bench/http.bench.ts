import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';

/**
 * `npm run bench:http`: the busiest public reads on each database, against a bare Fastify route
 * measured in the same run. The last line is JSON, for comparing runs.
 *
 * Two ratios: `ratioToCeiling` against one ceiling measured at the end with a body as large as the
 * largest answer, and `ratioToLocalCeiling` against the ceiling measured right after each endpoint
 * with a body as large as that endpoint's answer. On a machine shared with other work the load
 * changes from one measurement to the next; the local ceiling saw nearly the same load.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 1;
// Issue 13, part 6: every endpoint at half the ceiling or more, p99 within 100 ms, at 50 connections.
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;
const FIXED_ENDPOINTS = ['/api/editions/current', '/api/provinces', '/api/provinces/gilan', '/api/items?limit=20'];
const POSTGRES_SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Measurement = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };

async function drive(url: string): Promise<Measurement> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const CEILING_URL = 'http://127.0.0.1:3390/ceiling';

async function startCeiling(bodyBytes: number): Promise<() => void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/ceiling-server.ts', '3390', String(bodyBytes)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  return () => child.kill();
}

async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: POSTGRES_SERVER });
  const name = `caspian_bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch {
    await admin.end().catch(() => undefined);
    return null;
  }
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The fixed reads, the current edition's programme and its expo's exhibitor directory, and a search. */
async function endpointsOf(server: RunningServer): Promise<string[]> {
  const edition = (await (await fetch(`${server.url}/api/editions/current`)).json()) as {
    id: string;
    expos: { id: string }[];
  };
  return [
    ...FIXED_ENDPOINTS,
    `/api/editions/${edition.id}/programme`,
    `/api/expos/${edition.expos[0]!.id}/exhibitors`,
    '/api/search?q=caviar',
  ];
}

/** Rows name an endpoint by its route, so runs on databases with other ids compare. */
const routeOf = (endpoint: string) =>
  endpoint
    .replace(/^\/api\/editions\/[^/]+\/programme$/, '/api/editions/{id}/programme')
    .replace(/^\/api\/expos\/[^/]+\//, '/api/expos/{id}/');

async function measurePlatform(server: RunningServer, database: string, endpoints: readonly string[]) {
  // A server just started is still compiling its hot paths and running its start-up housekeeping;
  // without a warm-up the first endpoint measured pays for it.
  for (const endpoint of endpoints)
    await autocannon({ url: server.url + endpoint, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const rows = [];
  for (const endpoint of endpoints) {
    const bytes = (await (await fetch(server.url + endpoint)).arrayBuffer()).byteLength;
    const measured = await drive(server.url + endpoint);
    const local = await drive(`${CEILING_URL}/${bytes}`);
    rows.push({
      database,
      endpoint: routeOf(endpoint),
      ...measured,
      bodyBytes: bytes,
      localCeiling: local.requestsPerSecond,
      ratioToLocalCeiling: Number((measured.requestsPerSecond / local.requestsPerSecond).toFixed(3)),
    });
  }
  return rows;
}

const largestBody = async (server: RunningServer, endpoints: readonly string[]) =>
  Math.max(
    ...(await Promise.all(
      // Bytes, not characters: Persian and Russian text takes two bytes a letter on the wire.
      endpoints.map(async (endpoint) => (await (await fetch(server.url + endpoint)).arrayBuffer()).byteLength),
    )),
  );

const results = [];
const pglite = await startServer({ port: 3391 });
const pgliteEndpoints = await endpointsOf(pglite);
const bodyBytes = await largestBody(pglite, pgliteEndpoints);
const stopCeiling = await startCeiling(bodyBytes);
results.push(...(await measurePlatform(pglite, 'pglite', pgliteEndpoints)));
await pglite.stop();

const postgres = await freshPostgresDatabase();
if (postgres) {
  const server = await startServer({ port: 3392, databaseUrl: postgres.url });
  results.push(...(await measurePlatform(server, 'postgres', await endpointsOf(server))));
  await server.stop();
  await postgres.drop();
} else {
  console.log(`PostgreSQL not reachable at ${POSTGRES_SERVER}: measured PGlite only.`);
}

const ceiling = await drive(CEILING_URL);
stopCeiling();
const rows = results.map((row) => ({
  ...row,
  ratioToCeiling: Number((row.requestsPerSecond / ceiling.requestsPerSecond).toFixed(3)),
}));
console.table([...rows, { database: '-', endpoint: 'bare Fastify ceiling', ...ceiling, ratioToCeiling: 1 }]);
console.log(
  JSON.stringify({
    bench: 'http',
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    targetMet: rows.every((row) => row.ratioToLocalCeiling >= TARGET_RATIO && row.p99Ms <= TARGET_P99_MS),
    ceiling,
    results: rows,
  }),
);
