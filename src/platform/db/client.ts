import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';

export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = PgTransaction<PgQueryResultHKT>;
/** Repositories take either: a plain handle for reads, the request's transaction for writes. */
export type Executor = Database | Transaction;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
};

/** `loadDataDir`: a PGlite data folder dumped as a tarball (`dumpDataDir`) to start from. */
export type DatabaseLocation = { databaseUrl?: string; dataDir?: string; poolSize?: number; loadDataDir?: Blob };

/** PGlite in a folder by default (in memory when no folder is given); a real PostgreSQL when a URL is set. */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if (location.databaseUrl) return openPostgres(location.databaseUrl, location.poolSize ?? 10);
  return openPglite(location.dataDir, location.loadDataDir);
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  // JIT compiles a plan for seconds' worth of work; the platform's queries take milliseconds, and
  // JIT cost 60–70 ms on a search whose plan it misjudged as large.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c jit=off' });
  await pool.query('select 1');
  return {
    db: drizzlePostgres(pool) as unknown as Database,
    kind: 'postgres',
    close: () => pool.end(),
  };
}

async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // The same extensions as the migrations create on PostgreSQL: trigram indexes for text search.
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir });
  return {
    db: drizzlePglite(client) as unknown as Database,
    kind: 'pglite',
    close: () => client.close(),
  };
}
