import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { announcePublicDataChange } from './public-data-changes.ts';
import { openDatabase, type Database, type DatabaseHandle, type DatabaseLocation } from './client.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url));

/** Any 64-bit number; it only has to be the same in every instance of the app. */
const STARTUP_LOCK_KEY = 7_261_805_511;

type AfterMigrate = (handle: DatabaseHandle) => Promise<void>;

/**
 * Opens the database and brings it up to date: migrations, then `afterMigrate` (the seed).
 * On PostgreSQL this runs on one dedicated connection holding an advisory lock, so that
 * several instances started together do the work exactly once.
 */
export async function openMigratedDatabase(
  location: DatabaseLocation,
  afterMigrate?: AfterMigrate,
): Promise<DatabaseHandle> {
  if (!location.databaseUrl) {
    const handle = await openDatabase(location);
    await applyMigrations(handle);
    await afterMigrate?.(handle);
    return handle;
  }
  const setup = await openDatabase({ ...location, poolSize: 1 });
  try {
    await setup.db.execute(sql`select pg_advisory_lock(${STARTUP_LOCK_KEY})`);
    await applyMigrations(setup);
    await afterMigrate?.(setup);
    // Instances already serving (an upgrade rolling through) drop what a data migration changed.
    await announcePublicDataChange(setup.db);
  } finally {
    await setup.close();
  }
  return openDatabase(location);
}

/** Applies the folder's migrations the database has not had yet; a restore passes a folder cut at a backup's level. */
export async function applyMigrations(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const config = { migrationsFolder };
  if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase, config);
  else await migratePostgres(handle.db as unknown as NodePgDatabase, config);
}

type Journal = { entries: { idx: number; tag: string }[] };

const readJournal = (): Journal =>
  JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as Journal;

/** How many migrations this version of the platform ships: the level a database must be at to serve it. */
export const countKnownMigrations = (): number => readJournal().entries.length;

export type MigrationState = { version: string | null; applied: number; known: number };

/** Reads the journal once; each call then asks the database how many migrations it has applied. */
export function openDatabaseStateReader(db: Database): () => Promise<MigrationState> {
  const journal = readJournal();
  return async () => {
    const result = await db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    const applied = Number((result as unknown as { rows: { applied: number }[] }).rows[0]?.applied ?? 0);
    return { version: journal.entries[applied - 1]?.tag ?? null, applied, known: journal.entries.length };
  };
}
