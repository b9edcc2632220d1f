import type { AppDeps } from '../deps.ts';
import { PUBLIC_DATA_CHANNEL, type StopListening, watchLocalCommits } from '../db/public-data-changes.ts';
import { createPublicReadCache } from './public-read-cache.ts';
import type { ServerReadCache } from './public-read-caching.ts';

/** Long enough that the busiest answers are computed once per write, short enough for answers that change with the clock alone. */
const TTL_MS = 5_000;
/** An older answer given while a new one is made, at most this long after the change: well inside the one second. */
const STALE_GRACE_MS = 300;
/** The full province list, the largest answer cached (about 0.1 MB), fits many times over. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * The instance's copy of public answers, wired to the change notices of its database: old from
 * every notice on (its own writes at once, other instances' through PostgreSQL), and not used at all
 * until it listens, nor while it cannot. Without a way to listen (an app built on a bare database
 * handle), or with PUBLIC_READ_CACHE_MB=0, there is no copy.
 */
export async function openServerReadCache(
  deps: AppDeps,
  cachedRoutes: readonly string[],
): Promise<{ serverCache: ServerReadCache; stop: StopListening } | null> {
  if (!deps.listenForChanges || deps.config.publicReadCacheMb === 0) return null;
  const cache = createPublicReadCache({
    maxBytes: deps.config.publicReadCacheMb * 1024 * 1024,
    maxEntryBytes: MAX_ENTRY_BYTES,
    ttlMs: TTL_MS,
    staleGraceMs: STALE_GRACE_MS,
    nowMs: () => performance.now(),
  });
  const unwatch = watchLocalCommits(deps.db, cache.noteChange);
  const stopListening = await deps.listenForChanges(PUBLIC_DATA_CHANNEL, {
    onNotice: cache.noteChange,
    onLost: cache.suspend,
    onListening: cache.resume,
  });
  const routes = new Set(cachedRoutes);
  return {
    serverCache: { cache, isCachedRoute: (pattern) => routes.has(pattern) },
    stop: async () => {
      unwatch();
      cache.suspend();
      await stopListening();
    },
  };
}
