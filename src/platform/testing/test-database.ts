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
  return { url: url.toString(), drop: () => administer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function administer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
