import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { ChangeListener, StopListening } from './public-data-changes.ts';

export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = PgTransaction<PgQueryResultHKT>;
/** Repositories take either: a plain handle for reads, the request's transaction for writes. */
export type Executor = Database | Transaction;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** Hears `channel`'s notices, sent by this instance or any other on the same database. */
  listen: (channel: string, listener: ChangeListener) => Promise<StopListening>;
};

/**
 * `loadDataDir`: a PGlite data folder dumped as a tarball (`dumpDataDir`) to start from.
 * `pgliteSharedBuffersMb`: PGlite's page cache, allocated whole at start (PGlite's own default, 128 MB,
 * when unset). A large embedded catalogue wants its search index in it: at 100,000 documents
 * (715 MB of data) 1 GB took a search's p95 from 60 to 34 ms on a machine at load 8, and from 21.6 to
 * 20.8 ms on an idle one (.lab measurements).
 */
export type DatabaseLocation = {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  loadDataDir?: Blob;
  pgliteSharedBuffersMb?: number;
};

/** PGlite in a folder by default (in memory when no folder is given); a real PostgreSQL when a URL is set. */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if (location.databaseUrl) return openPostgres(location.databaseUrl, location.poolSize ?? 10);
  return openPglite(location);
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
    listen: (channel, listener) => listenOnPostgres(databaseUrl, channel, listener),
  };
}

async function openPglite({ dataDir, loadDataDir, pgliteSharedBuffersMb }: DatabaseLocation): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // The same extensions as the migrations create on PostgreSQL: trigram indexes for text search.
  const client = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    loadDataDir,
    postgresqlconf: pgliteSharedBuffersMb ? [`shared_buffers = '${pgliteSharedBuffersMb}MB'`] : undefined,
  });
  return {
    db: drizzlePglite(client) as unknown as Database,
    kind: 'pglite',
    close: () => client.close(),
    // PGlite is this process's own database: its listener cannot lose a connection.
    listen: async (channel, listener) => {
      const unlisten = await client.listen(channel, listener.onNotice);
      listener.onListening();
      return () => unlisten();
    },
  };
}

const RECONNECT_DELAYS_MS = [250, 1000, 2000, 5000];

/**
 * A connection of its own, outside the pool (a pooled connection would be handed to queries and
 * lose its LISTEN). When it is lost, the listener hears so at once and a new one is tried, sooner
 * first, until it listens again or `stop` is called.
 */
async function listenOnPostgres(
  databaseUrl: string,
  channel: string,
  listener: ChangeListener,
): Promise<StopListening> {
  let stopped = false;
  let client: pg.Client | null = null;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    // keepAlive: a peer gone silent (a cable, a firewall) is noticed by TCP, not only a closed socket.
    const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      next.removeAllListeners('notification');
      void next.end().catch(() => undefined);
      if (client === next) client = null;
      if (stopped) return;
      listener.onLost();
      const delay = RECONNECT_DELAYS_MS[Math.min(failures++, RECONNECT_DELAYS_MS.length - 1)];
      retry = setTimeout(() => void connect(), delay).unref();
    };
    next.on('error', onLost);
    next.on('end', onLost);
    next.on('notification', (message) => {
      if (message.channel === channel) listener.onNotice();
    });
    try {
      await next.connect();
      await next.query(`listen "${channel.replaceAll('"', '""')}"`);
    } catch {
      onLost();
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    failures = 0;
    listener.onListening();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
