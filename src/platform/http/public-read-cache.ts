/**
 * A copy, in this instance's memory, of the answers the public reads most. It holds nothing
 * another instance needs: dropping it at any moment only costs the next reads a database query.
 *
 * Freshness comes from change notices, not from time. Every write transaction sends one on commit
 * (`platform/db/public-data-changes.ts`) and every instance drops its whole copy when one arrives,
 * so a write through any instance is seen by the next read on all of them as soon as the notice is
 * delivered (milliseconds on loopback). Dropping everything rather than the answers a write touched
 * keeps the rule obviously right: the platform has no map from tables to answers to keep true, and
 * the busiest reads are few, so refilling them costs a few queries per write.
 *
 * Two races are closed here rather than by the caller's care:
 * - a read that began before a write committed must not store its older answer after the notice
 *   emptied the copy: the reader takes `generation()` before it asks the database and `store` refuses
 *   when a notice (or a lost listener) moved it on meanwhile;
 * - while the instance cannot hear notices (its listening connection is lost), it neither serves
 *   nor stores: `suspend` empties the copy and `resume` starts afresh once it listens again.
 *
 * Entries also expire after `ttlMs`, for the few answers that change with the clock alone (an
 * edition that is over, a deadline passed) and as a bound on any write made outside a transaction.
 */
export type CachedRead = { body: string | Buffer; etag: string; contentType: string };

export type PublicReadCacheOptions = {
  maxBytes: number;
  /** An answer larger than this is never held, so one huge list cannot push out all the others. */
  maxEntryBytes: number;
  ttlMs: number;
  /** Monotonic milliseconds; the instance's clock, which tests may set. */
  nowMs: () => number;
};

export type PublicReadCache = {
  /** Read before the database is asked; hand it back to `store`. */
  generation: () => number;
  isServing: () => boolean;
  find: (key: string) => CachedRead | undefined;
  /** Keeps `read` unless a change came in since `generation` was read; says whether it was kept. */
  store: (key: string, read: CachedRead, generation: number) => boolean;
  /** A change notice: everything held may be old. */
  dropAll: () => void;
  /** The instance stopped hearing change notices. */
  suspend: () => void;
  /** It hears them again; what it held before may have been changed meanwhile. */
  resume: () => void;
  size: () => { entries: number; bytes: number };
};

type Entry = CachedRead & { bytes: number; storedAtMs: number };

export function createPublicReadCache(options: PublicReadCacheOptions): PublicReadCache {
  // A Map iterates in insertion order; moving an entry to the end on every hit makes the first one
  // the least recently used.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let generation = 0;
  let serving = false;

  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
    generation++;
  };

  return {
    generation: () => generation,
    isServing: () => serving,
    find(key) {
      if (!serving) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      const age = options.nowMs() - entry.storedAtMs;
      if (age < 0 || age >= options.ttlMs) {
        remove(key, entry);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    store(key, read, readGeneration) {
      if (!serving || readGeneration !== generation) return false;
      const size = Buffer.byteLength(read.body) + key.length;
      if (size > options.maxEntryBytes || size > options.maxBytes) return false;
      const previous = entries.get(key);
      if (previous) remove(key, previous);
      entries.set(key, { ...read, bytes: size, storedAtMs: options.nowMs() });
      bytes += size;
      for (const [oldestKey, oldest] of entries) {
        if (bytes <= options.maxBytes) break;
        remove(oldestKey, oldest);
      }
      return true;
    },
    dropAll: clear,
    suspend() {
      serving = false;
      clear();
    },
    resume() {
      clear();
      serving = true;
    },
    size: () => ({ entries: entries.size, bytes }),
  };
}

/**
 * The answer depends on the path, the query and the language, nothing else (the request is
 * anonymous and carries no cookie but the language's). Query pairs are ordered by their decoded
 * name so `?limit=20&offset=0` and `?offset=0&limit=20` share an entry; pairs of one name keep
 * their order and every value stays as sent, so two URLs share a key only if Fastify parses them
 * to the same query.
 */
export function publicReadKey(url: string, locale: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return `${locale} ${url}`;
  const pairs = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair) => ({ pair, name: decodedName(pair) }));
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `${locale} ${url.slice(0, mark)}?${pairs.map(({ pair }) => pair).join('&')}`;
}

function decodedName(pair: string): string {
  const equals = pair.indexOf('=');
  const name = (equals < 0 ? pair : pair.slice(0, equals)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Only a request that cannot be anyone's in particular is answered from, or fills, the copy: no
 * credentials of any kind, and no cookie but the language one (whose language is in the key).
 */
export function isAnonymousRead(
  method: string,
  headers: { authorization?: string | undefined },
  cookieNames: readonly string[],
  localeCookie: string,
): boolean {
  if (method !== 'GET' || headers.authorization !== undefined) return false;
  return cookieNames.every((name) => name === localeCookie);
}
