import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServer, type RunningServer } from '../src/platform/testing/platform-process.ts';

/**
 * `npm run bench:http`: the busiest public reads on each database, against a bare Fastify route
 * measured in the same run. The last line is JSON, for comparing runs.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const ENDPOINTS = ['/api/editions/current', '/api/provinces', '/api/provinces/gilan', '/api/items?limit=20'];
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

async function measureCeiling(bodyBytes: number): Promise<Measurement> {
  const port = 3390;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/ceiling-server.ts', String(port), String(bodyBytes)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  try {
    return await drive(`http://127.0.0.1:${port}/ceiling`);
  } finally {
    child.kill();
  }
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

async function measurePlatform(server: RunningServer, database: string) {
  const rows = [];
  for (const endpoint of ENDPOINTS) rows.push({ database, endpoint, ...(await drive(server.url + endpoint)) });
  return rows;
}

const largestBody = async (server: RunningServer) =>
  Math.max(
    ...(await Promise.all(
      ENDPOINTS.map(async (endpoint) => (await (await fetch(server.url + endpoint)).text()).length),
    )),
  );

const results = [];
const pglite = await startServer({ port: 3391 });
const bodyBytes = await largestBody(pglite);
results.push(...(await measurePlatform(pglite, 'pglite')));
await pglite.stop();

const postgres = await freshPostgresDatabase();
if (postgres) {
  const server = await startServer({ port: 3392, databaseUrl: postgres.url });
  results.push(...(await measurePlatform(server, 'postgres')));
  await server.stop();
  await postgres.drop();
} else {
  console.log(`PostgreSQL not reachable at ${POSTGRES_SERVER}: measured PGlite only.`);
}

const ceiling = await measureCeiling(bodyBytes);
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
    ceiling,
    results: rows,
  }),
);
