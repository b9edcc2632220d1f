import type { Database, Executor, Transaction } from '../db/client.ts';
import { announcePublicDataChange, reportLocalCommit } from '../db/public-data-changes.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { Actor } from '../identity/actor.ts';

/**
 * What a use case knows of the request it serves: who acts, at what moment, in which language,
 * and the database. Made once per request at the edge (or once by a job, the seed or a test) and
 * handed down; nothing below the edge reads a clock, a cookie or a header itself.
 */
export type RequestContext = {
  readonly db: Executor;
  readonly actor: Actor | null;
  readonly now: Date;
  readonly locale: Locale;
  /** Ties audit entries and logged errors to their request; null outside HTTP (the seed, a job). */
  readonly requestId: string | null;
};

/**
 * The context of a write. Its database handle is the transaction, so everything the use case reads
 * and writes commits together or not at all; only `inTransaction` makes one.
 */
export type WriteContext = RequestContext & { readonly db: Transaction };

/**
 * One transaction per write: if `work` throws, nothing it wrote stays. A committed write tells
 * every instance that public answers may have changed (`public-data-changes.ts`): the notice goes
 * out with the commit, so no instance makes its copies again before the change is visible, and a write
 * that rolls back sends none. Every write, not only those to public tables: which answers a table
 * feeds is nowhere written down, and a spare notice costs one query per cached answer.
 */
export async function inTransaction<T>(context: RequestContext, work: (write: WriteContext) => Promise<T>): Promise<T> {
  const result = await context.db.transaction(async (tx) => {
    const value = await work({ ...context, db: tx as Transaction });
    await announcePublicDataChange(tx);
    return value;
  });
  reportLocalCommit(context.db);
  return result;
}

/** A context for work nobody requested over HTTP: the seed, housekeeping jobs, benchmarks. */
export function backgroundContext(db: Database, now: Date, actor: Actor | null = null): RequestContext {
  return { db, actor, now, locale: DEFAULT_LOCALE, requestId: null };
}
