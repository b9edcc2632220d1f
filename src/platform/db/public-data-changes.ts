import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

/**
 * The PostgreSQL channel on which a committed write says "what the public reads may have changed".
 * Instances keep copies of public answers (`platform/http/public-read-cache.ts`) and count them
 * old from a notice of any instance on.
 */
export const PUBLIC_DATA_CHANNEL = 'caspian_public_data';

/**
 * Sent inside the write's transaction: PostgreSQL delivers a notice only when its transaction
 * commits, after the rows are visible, and never for one rolled back. Identical notices of one
 * transaction are folded into one, so a use case may call this as often as it likes.
 */
export async function announcePublicDataChange(db: Executor): Promise<void> {
  await db.execute(sql`select pg_notify(${PUBLIC_DATA_CHANNEL}, '')`);
}

/** What a listener hears: notices, and whether it can hear them at all. */
export type ChangeListener = {
  onNotice: () => void;
  /** The listening connection is gone: notices sent from now on are not heard. */
  onLost: () => void;
  /** Listening (again); called once listening starts, and after every reconnection. */
  onListening: () => void;
};

export type StopListening = () => Promise<void>;

/**
 * The notice of another instance travels through PostgreSQL and arrives a moment after its commit;
 * the instance that wrote also learns it here, at once, so the client that wrote and reads back
 * through the same instance sees its write. Keyed by the database handle, so two instances in one
 * process (the tests) hear each other only through PostgreSQL.
 */
const commitWatchers = new WeakMap<object, Set<() => void>>();

export function watchLocalCommits(db: Executor, watcher: () => void): () => void {
  const watchers = commitWatchers.get(db) ?? new Set();
  commitWatchers.set(db, watchers);
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

export function reportLocalCommit(db: Executor): void {
  for (const watcher of commitWatchers.get(db) ?? []) watcher();
}
