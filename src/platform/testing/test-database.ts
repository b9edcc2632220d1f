import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { seedDatabase } from '../../../seed/seed-database.ts';
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import { openMigratedDatabase } from '../db/migrate.ts';

/**
 * A fresh, migrated and seeded database for one test file: PGlite in memory by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped again on close), so that the
 * same tests run on both. Under `npm test` a seeded database is a copy of the run's template.
 */
export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  const seed = options.seed ?? true;
  const template = seed ? readSeededTemplate() : null;
  if (!serverUrl) {
    if (template?.kind === 'pglite') return openPgliteCopy(template.dumpFile);
    return openMigratedDatabase({}, seed ? seedInto : undefined);
  }
  const copyOf = template?.kind === 'postgres' ? template.databaseName : undefined;
  const scratch = await createScratchPostgresDatabase(serverUrl, copyOf);
  const handle = copyOf
    ? await openDatabase({ databaseUrl: scratch.url })
    : await openMigratedDatabase({ databaseUrl: scratch.url }, seed ? seedInto : undefined);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

const seedInto = async (handle: DatabaseHandle) => void (await seedDatabase(handle.db));

/**
 * The migrated and seeded database the test files start from, made once per run by the global
 * setup: migrating and seeding took some 9 s per file, where a copy takes about one (PGlite loads
 * a dumped data folder) or less (PostgreSQL copies a template database).
 */
type SeededTemplate = { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; databaseName: string };

/** The global setup hands the template to the test workers through their environment. */
const TEMPLATE_VARIABLE = 'CASPIAN_TEST_SEEDED_TEMPLATE';

/** Makes the run's template on PostgreSQL when a server is given, else as a PGlite dump; returns its removal. */
export async function createSeededTemplate(serverUrl: string | undefined): Promise<() => Promise<void>> {
  if (serverUrl) {
    const scratch = await createScratchPostgresDatabase(serverUrl);
    await (await openMigratedDatabase({ databaseUrl: scratch.url }, seedInto)).close();
    publish({ kind: 'postgres', databaseName: new URL(scratch.url).pathname.slice(1) });
    return scratch.drop;
  }
  const handle = await openMigratedDatabase({}, seedInto);
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const folder = mkdtempSync(join(tmpdir(), 'caspian-test-template-'));
  const dumpFile = join(folder, 'seeded.tar');
  writeFileSync(dumpFile, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
  await handle.close();
  publish({ kind: 'pglite', dumpFile });
  return async () => rmSync(folder, { recursive: true, force: true });
}

function publish(template: SeededTemplate): void {
  process.env[TEMPLATE_VARIABLE] = JSON.stringify(template);
}

/** The run's template, when a global setup made one (benchmarks and scripts run without). */
function readSeededTemplate(): SeededTemplate | null {
  const published = process.env[TEMPLATE_VARIABLE];
  return published ? (JSON.parse(published) as SeededTemplate) : null;
}

function openPgliteCopy(dumpFile: string): Promise<DatabaseHandle> {
  return openDatabase({ loadDataDir: new Blob([readFileSync(dumpFile)], { type: 'application/x-tar' }) });
}

/**
 * A database on the given PostgreSQL server, named at random, and a way to drop it: empty, or a
 * copy of the template database named.
 */
export async function createScratchPostgresDatabase(
  serverUrl: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cb_test_${randomBytes(6).toString('hex')}`;
  await administer(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropWhenClosed(serverUrl, name) };
}

/** How long a closed pool's connections may take to leave before the drop forces them out. */
const CLOSING_GRACE_MS = 2_000;

/**
 * Waits for the test's own connections to finish closing, then drops the database. Forcing the
 * drop at once kills a connection still saying goodbye, and its client reports the kill as an
 * unhandled error in whichever test file is running.
 */
async function dropWhenClosed(serverUrl: string, name: string): Promise<void> {
  await administer(serverUrl, async (client) => {
    const deadline = Date.now() + CLOSING_GRACE_MS;
    while (Date.now() < deadline) {
      const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  });
}

async function administer(serverUrl: string, work: string | ((client: pg.Client) => Promise<unknown>)): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await (typeof work === 'string' ? client.query(work) : work(client));
  } finally {
    await client.end();
  }
}
