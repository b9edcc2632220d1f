import { inArray } from 'drizzle-orm';
import { catalogueItems } from '../src/domain/catalogue/tables.ts';
import { provinces } from '../src/domain/provinces/tables.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { signedIn } from '../src/platform/testing/factories/users.ts';
import { type RunningServer, startServer } from '../src/platform/testing/platform-process.ts';
import { createScratchPostgresDatabase } from '../src/platform/testing/test-database.ts';
import { type KindFigures, request, runClosedLoop, type VirtualUser } from './support/load-generator.ts';

/**
 * `npm run bench:load`: readers and writers at once against two instances on one PostgreSQL, and
 * the same load against one instance (the baseline, in the same run), each on a fresh seeded
 * database. Readers take the busiest public reads; writers are province offices filing and editing
 * offers. After each run every acknowledged write is looked for in the database. Loopback only;
 * LOAD_READERS, LOAD_WRITERS, LOAD_SECONDS and LOAD_WARMUP_SECONDS make it smaller. The last line is JSON.
 */
const READERS = Number(process.env.LOAD_READERS ?? 500);
const WRITERS = Number(process.env.LOAD_WRITERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const POSTGRES_SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_P99_MS = 500;
const SEARCHES = ['caviar', 'икра', 'خاویار', 'container port', 'grain', 'tourism'];

type Ledger = Map<string, number>;
type Setup = { name: string; instances: number; basePort: number };

function readers(urls: readonly string[], editionId: string): VirtualUser[] {
  const paths = [
    '/api/editions/current',
    `/api/editions/${editionId}/programme`,
    '/api/provinces',
    '/api/provinces/gilan',
    '/api/items?limit=20',
    '/api/search',
  ];
  return Array.from({ length: READERS }, (_, index) => {
    const base = urls[index % urls.length]!;
    let next = index;
    return () => {
      const turn = next++;
      const chosen = paths[turn % paths.length]!;
      // Each endpoint as often as the others; the searches take turns among six queries in four scripts.
      const query = SEARCHES[Math.floor(turn / paths.length) % SEARCHES.length]!;
      const path = chosen === '/api/search' ? `${chosen}?q=${encodeURIComponent(query)}` : chosen;
      const kind = path.replace(editionId, '{id}').replace(/\?q=.*/, '?q=…');
      return { group: 'read', kind, send: (signal) => request(base + path, {}, signal) };
    };
  });
}

/** A province office alternately files a published offer and edits its latest one; the ledger keeps what was acknowledged. */
function writers(
  urls: readonly string[],
  offices: readonly { provinceId: string; cookie: string; csrfToken: string }[],
  ledger: Ledger,
): VirtualUser[] {
  return offices.map((office, index) => {
    const base = urls[index % urls.length]!;
    const headers = { cookie: office.cookie, 'x-csrf-token': office.csrfToken, 'content-type': 'application/json' };
    let latest: string | null = null;
    let count = 0;
    return () => {
      count++;
      if (!latest || count % 2 === 1) {
        const body = {
          kind: 'offer',
          provinceId: office.provinceId,
          language: 'en',
          title: { en: `Load test offer ${index}-${count} of dried fish` },
          taxonomyCodes: ['fisheries_aquaculture.aquaculture'],
          status: 'published',
        };
        return {
          group: 'write',
          kind: 'POST /api/items',
          send: async (signal) => {
            const answer = await request(
              `${base}/api/items`,
              { method: 'POST', headers, body: JSON.stringify(body) },
              signal,
            );
            if (answer.ok) {
              const { id, version } = JSON.parse(answer.body) as { id: string; version: number };
              ledger.set(id, version);
              latest = id;
            }
            return answer;
          },
        };
      }
      const id = latest;
      const body = { title: { en: `Load test offer ${index}-${count} of smoked fish, edited` } };
      return {
        group: 'write',
        kind: 'PATCH /api/items/{id}',
        send: async (signal) => {
          const answer = await request(
            `${base}/api/items/${id}`,
            { method: 'PATCH', headers, body: JSON.stringify(body) },
            signal,
          );
          if (answer.ok)
            ledger.set(id, Math.max(ledger.get(id) ?? 0, (JSON.parse(answer.body) as { version: number }).version));
          return answer;
        },
      };
    };
  });
}

async function startInstances(databaseUrl: string, setup: Setup): Promise<RunningServer[]> {
  const servers: RunningServer[] = [];
  // One after another: the first migrates and seeds, the others find it done.
  for (let index = 0; index < setup.instances; index++)
    servers.push(await startServer({ port: setup.basePort + index, databaseUrl }));
  return servers;
}

async function measure(setup: Setup) {
  const scratch = await createScratchPostgresDatabase(POSTGRES_SERVER);
  const servers = await startInstances(scratch.url, setup);
  const database = await openDatabase({ databaseUrl: scratch.url, poolSize: 2 });
  try {
    const provinceIds = (await database.db.select({ id: provinces.id }).from(provinces)).map((row) => row.id);
    const offices = [];
    for (let index = 0; index < WRITERS; index++) {
      const provinceId = provinceIds[index % provinceIds.length]!;
      offices.push({ provinceId, ...(await signedIn(database.db, { role: 'delegation_member', provinceId })) });
    }
    const urls = servers.map((server) => server.url);
    const edition = JSON.parse(await (await fetch(`${urls[0]}/api/editions/current`)).text()) as { id: string };
    const ledger: Ledger = new Map();
    const { figures, errorSamples } = await runClosedLoop(
      [...readers(urls, edition.id), ...writers(urls, offices, ledger)],
      {
        warmupMs: WARMUP_SECONDS * 1000,
        durationMs: SECONDS * 1000,
      },
    );
    const writes = await findLostWrites(database.db, ledger);
    const serverErrors = servers.flatMap((server) =>
      server
        .output()
        .split('\n')
        .filter((line) => /"level":50/.test(line)),
    );
    return { setup: setup.name, figures, writes, errorSamples, serverErrors: serverErrors.slice(0, 5) };
  } finally {
    await database.close();
    await Promise.all(servers.map((server) => server.stop()));
    await scratch.drop();
  }
}

/** Every acknowledged item is there, at least at the version its last acknowledged write answered. */
async function findLostWrites(db: Database, ledger: Ledger) {
  const ids = [...ledger.keys()];
  const stored = new Map<string, number>();
  for (let start = 0; start < ids.length; start += 1000) {
    const rows = await db
      .select({ id: catalogueItems.id, version: catalogueItems.version })
      .from(catalogueItems)
      .where(inArray(catalogueItems.id, ids.slice(start, start + 1000)));
    for (const row of rows) stored.set(row.id, row.version);
  }
  const lost = ids.filter((id) => (stored.get(id) ?? 0) < ledger.get(id)!);
  return { acknowledgedItems: ids.length, lost: lost.length };
}

const row = (setup: string, figure: KindFigures) => ({
  setup,
  kind: figure.kind,
  requests: figure.requests,
  perSecond: figure.perSecond,
  p50Ms: figure.p50Ms,
  p99Ms: figure.p99Ms,
  maxMs: figure.maxMs,
  errors: figure.errors,
  errorsBy: JSON.stringify(figure.errorsBy),
});

console.log(
  `bench:load: ${READERS} readers and ${WRITERS} writers for ${SECONDS} s (after ${WARMUP_SECONDS} s of warm-up), PostgreSQL at ${new URL(POSTGRES_SERVER).host}`,
);
const results: Awaited<ReturnType<typeof measure>>[] = [];
for (const setup of [
  { name: '1 instance (baseline)', instances: 1, basePort: 3395 },
  { name: '2 instances', instances: 2, basePort: 3396 },
])
  results.push(await measure(setup));

console.table(results.flatMap((result) => result.figures.map((figure) => row(result.setup, figure))));
for (const result of results) {
  console.log(
    `${result.setup}: ${result.writes.acknowledgedItems} items acknowledged by writers, ${result.writes.lost} lost`,
  );
  for (const sample of [...result.errorSamples, ...result.serverErrors]) console.log(`  ${sample.slice(0, 400)}`);
}
const twoInstances = results.at(-1)!;
const met =
  twoInstances.writes.lost === 0 &&
  twoInstances.figures.every((figure) => figure.errors === 0 && figure.p99Ms < TARGET_P99_MS);
const summary = (result: (typeof results)[number]) => ({
  setup: result.setup,
  figures: result.figures,
  writes: result.writes,
});
console.log(
  JSON.stringify({
    bench: 'load',
    readers: READERS,
    writers: WRITERS,
    durationSeconds: SECONDS,
    databasePoolSize: process.env.DATABASE_POOL_SIZE ?? null,
    targetP99Ms: TARGET_P99_MS,
    targetMet: met,
    results: results.map(summary),
  }),
);
