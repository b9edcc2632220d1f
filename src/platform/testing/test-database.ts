import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { seedDatabase } from '../../../seed/seed-database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { openMigratedDatabase } from '../db/migrate.ts';

/**
 * A fresh, migrated and seeded database for one test file: PGlite in memory by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped again on close), so that the
 * same tests run on both.
 */
export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  const seed = options.seed ?? true;
  const afterMigrate = seed ? async (handle: DatabaseHandle) => void (await seedDatabase(handle.db)) : undefined;
  if (!serverUrl) return openMigratedDatabase({}, afterMigrate);
  const scratch = await createScratchPostgresDatabase(serverUrl);
  const handle = await openMigratedDatabase({ databaseUrl: scratch.url }, afterMigrate);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** An empty database on the given PostgreSQL server, named at random, and a way to drop it. */
export async function createScratchPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cb_test_${randomBytes(6).toString('hex')}`;
  await administer(serverUrl, `create database ${name}`);
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
