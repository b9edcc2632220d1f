/**
 * A copy, in this instance's memory, of the answers the public reads most. It holds nothing
 * another instance needs: dropping it at any moment only costs the next reads a database query.
 *
 * Freshness comes from change notices, not from time. Every write transaction sends one on commit
 * (`platform/db/public-data-changes.ts`) and every instance hears it (milliseconds on loopback);
 * from then on every answer it holds is old, whichever table the write touched: the platform keeps
 * no map from tables to answers that could fall out of date as capabilities grow.
 *
 * What an old answer may still do is bounded by `staleGraceMs` (well under the one second within
 * which a write must be seen everywhere): after a notice, the first reader of an answer is sent to
 * the database to make it again, and readers arriving while it does get the previous answer, for at
 * most `staleGraceMs` after the notice. So a reader that comes after the notice alone, or after the
 * refresh, sees the write, and under a stream of writes each busy answer is made about once per
 * refresh instead of once per reader (50 writers empty a copy every few milliseconds).
 *
 * Races closed here rather than by the caller's care:
 * - the reader takes `generation()` before it asks the database; its answer holds every change
 *   whose notice came before that, and is stored as of that generation, so an answer begun before
 *   a notice counts as old from the notice on and is never served as new;
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
  /** How long after a change notice an older answer may still be given while a new one is made. */
  staleGraceMs: number;
  /** Monotonic milliseconds. */
  nowMs: () => number;
};

export type PublicReadCache = {
  /** Read before the database is asked; hand it back to `store`. */
  generation: () => number;
  isServing: () => boolean;
  /** The answer to give, or undefined: then the caller asks the database and stores what it gets. */
  find: (key: string) => CachedRead | undefined;
  /** Keeps `read` as of `generation`, unless it is already too old to give; says whether it was kept. */
  store: (key: string, read: CachedRead, generation: number) => boolean;
  /** A change notice: everything held is old from now on. */
  noteChange: () => void;
  /** The instance stopped hearing change notices. */
  suspend: () => void;
  /** It hears them again; what it held before may have been changed meanwhile. */
  resume: () => void;
  size: () => { entries: number; bytes: number };
};

type Entry = CachedRead & { bytes: number; storedAtMs: number; generation: number };

/** Change times kept: at a thousand notices a second, four seconds of them, far past any grace. */
const CHANGE_TIMES_KEPT = 4096;

export function createPublicReadCache(options: PublicReadCacheOptions): PublicReadCache {
  // A Map iterates in insertion order; moving an entry to the end on every hit makes the first one
  // the least recently used.
  const entries = new Map<string, Entry>();
  /** Keys whose answer a reader is making again since it went old (or expired), and since when. */
  const refreshing = new Map<string, number>();
  const changedAtMs = new Float64Array(CHANGE_TIMES_KEPT);
  let bytes = 0;
  let generation = 0;
  /** Answers begun before this may have missed a notice the lost connection never delivered. */
  let heardSince = 0;
  let serving = false;

  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const clear = () => {
    entries.clear();
    refreshing.clear();
    bytes = 0;
    generation++;
    heardSince = generation;
    changedAtMs[generation % CHANGE_TIMES_KEPT] = options.nowMs();
  };
  /** When an answer made as of `asOf` went old: the first notice after it; null while it is current. */
  const oldSince = (asOf: number): number | null => {
    if (asOf === generation) return null;
    if (generation - asOf >= CHANGE_TIMES_KEPT) return Number.NEGATIVE_INFINITY;
    return changedAtMs[(asOf + 1) % CHANGE_TIMES_KEPT]!;
  };
  const isWithinGrace = (asOf: number, now: number) => {
    const since = oldSince(asOf);
    return since === null || now - since < options.staleGraceMs;
  };

  return {
    generation: () => generation,
    isServing: () => serving,
    find(key) {
      if (!serving) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      const now = options.nowMs();
      const age = now - entry.storedAtMs;
      if (age < 0 || age >= options.ttlMs + options.staleGraceMs || !isWithinGrace(entry.generation, now)) {
        remove(key, entry);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      if (entry.generation === generation && age < options.ttlMs) return entry;
      const refreshSince = refreshing.get(key);
      if (refreshSince !== undefined && now - refreshSince < options.staleGraceMs) return entry;
      refreshing.set(key, now);
      return undefined;
    },
    store(key, read, asOf) {
      if (!serving || asOf > generation || asOf < heardSince) return false;
      const now = options.nowMs();
      if (!isWithinGrace(asOf, now)) return false;
      const previous = entries.get(key);
      if (previous && previous.generation > asOf) return false;
      const size = Buffer.byteLength(read.body) + key.length;
      if (size > options.maxEntryBytes || size > options.maxBytes) return false;
      // The next reader of an answer already old again starts the next refresh.
      refreshing.delete(key);
      if (previous) remove(key, previous);
      entries.set(key, { ...read, bytes: size, storedAtMs: now, generation: asOf });
      bytes += size;
      for (const [oldestKey, oldest] of entries) {
        if (bytes <= options.maxBytes) break;
        remove(oldestKey, oldest);
      }
      return true;
    },
    noteChange() {
      generation++;
      changedAtMs[generation % CHANGE_TIMES_KEPT] = options.nowMs();
    },
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
