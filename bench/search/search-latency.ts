import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { toIndexedDocument } from '../../src/domain/search/document-rows.ts';
import { createSearchRepository } from '../../src/domain/search/repository.ts';
import { search } from '../../src/domain/search/search.ts';
import { inTransaction, type RequestContext } from '../../src/platform/context/request-context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { EvalQuery } from './eval-quality.ts';
import { generateDocument, loadVocabulary } from './generate-documents.ts';
import { percentile, round } from './ranking-metrics.ts';

const GENERATION_CHUNK = 5_000;

/** Writes generated item documents `from`…`to - 1` through the search repository; returns how long it took. */
export async function loadGeneratedDocuments(
  db: Database,
  range: { from: number; to: number },
  random: () => number,
  now: Date,
  onProgress: (loaded: number) => void = () => {},
): Promise<number> {
  const vocabulary = loadVocabulary();
  const repo = createSearchRepository(db);
  const start = performance.now();
  for (let first = range.from; first < range.to; first += GENERATION_CHUNK) {
    const last = Math.min(range.to, first + GENERATION_CHUNK);
    const documents = Array.from({ length: last - first }, (_, offset) =>
      generateDocument(vocabulary, random, first + offset, now),
    );
    await repo.upsertDocuments(documents.map(toIndexedDocument));
    onProgress(last);
  }
  // Steady state, as autovacuum would leave it: pages marked all-visible (so the covering indexes
  // answer alone), the GIN pending list merged and statistics current.
  for (const table of ['search_documents', 'search_postings', 'search_words']) {
    await db.execute(sql.raw(`vacuum analyze ${table}`));
  }
  return performance.now() - start;
}

export type LatencyResult = {
  database: string;
  documents: number;
  /** Queries timed: all asked for, or fewer when the time budget ran out first. */
  queries: number;
  /**
   * The first pass over the queries, on an instance that has not searched before: its cache of
   * document facts (src/domain/search/document-facts.ts) fills as candidates are met. p50/p95
   * below are the second pass over the same queries, as an instance that has served a while.
   */
  firstPassP50Ms: number;
  firstPassP95Ms: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The first of those queries again, each once in a transaction with the planner free and once with index and bitmap scans off. */
  sequentialQueries: number;
  indexedSubsetP50Ms: number;
  indexedSubsetP95Ms: number;
  sequentialP50Ms: number;
  sequentialP95Ms: number;
  /** Sequential ÷ indexed, at the median and at p95 of the same queries. */
  speedupP50: number;
  speedupP95: number;
};

export type LatencyPlan = { queries: readonly EvalQuery[]; sequentialQueries: number; budgetMs: number };

const WARM_UP_QUERIES = 3;
/** The budget never stops a phase before this many queries (a sequential query can take minutes at 1M). */
const MIN_QUERIES = 5;
const MIN_SEQUENTIAL_QUERIES = 2;

const requestOf = (query: EvalQuery) => ({ q: query.q, lang: query.language, limit: 20 });

async function timeSearch(context: RequestContext, query: EvalQuery): Promise<number> {
  const start = performance.now();
  await search(context, requestOf(query));
  return performance.now() - start;
}

/** The same search() in one transaction whose planner may not use an index: the sequential-scan baseline. */
async function timeSequentialSearch(context: RequestContext, query: EvalQuery): Promise<number> {
  return inTransaction(context, async (write) => {
    await write.db.execute(sql`set local enable_indexscan = off`);
    await write.db.execute(sql`set local enable_bitmapscan = off`);
    return timeSearch(write, query);
  });
}

/** As the baseline, in a transaction, with the planner free: what the baseline is compared with. */
const timeIndexedSearchInTransaction = (context: RequestContext, query: EvalQuery) =>
  inTransaction(context, (write) => timeSearch(write, query));

/** Times `work` on each query in turn until the budget is spent (after at least MIN_QUERIES). */
async function timeEach(
  queries: readonly EvalQuery[],
  budget: { ms: number; minQueries: number },
  work: (query: EvalQuery) => Promise<number>,
): Promise<number[]> {
  const deadline = performance.now() + budget.ms;
  const timings: number[] = [];
  for (const query of queries) {
    if (timings.length >= budget.minQueries && performance.now() > deadline) break;
    timings.push(await work(query));
  }
  return timings;
}

export async function measureLatency(
  database: string,
  context: RequestContext,
  documents: number,
  plan: LatencyPlan,
): Promise<LatencyResult> {
  for (const query of plan.queries.slice(0, WARM_UP_QUERIES)) await timeSearch(context, query);
  const firstPass = await timeEach(plan.queries, { ms: plan.budgetMs, minQueries: MIN_QUERIES }, (query) =>
    timeSearch(context, query),
  );
  const timings = await timeEach(plan.queries, { ms: plan.budgetMs, minQueries: MIN_QUERIES }, (query) =>
    timeSearch(context, query),
  );
  const subset = plan.queries.slice(0, Math.min(plan.sequentialQueries, timings.length));
  const indexed: number[] = [];
  const budget = { ms: plan.budgetMs, minQueries: MIN_SEQUENTIAL_QUERIES };
  const sequential = await timeEach(subset, budget, async (query) => {
    indexed.push(await timeIndexedSearchInTransaction(context, query));
    return timeSequentialSearch(context, query);
  });
  const ratio = (share: number) =>
    sequential.length === 0 ? 0 : round(percentile(sequential, share) / percentile(indexed, share), 1);
  return {
    database,
    documents,
    queries: timings.length,
    firstPassP50Ms: round(percentile(firstPass, 0.5), 1),
    firstPassP95Ms: round(percentile(firstPass, 0.95), 1),
    p50Ms: round(percentile(timings, 0.5), 1),
    p95Ms: round(percentile(timings, 0.95), 1),
    maxMs: round(Math.max(...timings), 1),
    sequentialQueries: sequential.length,
    indexedSubsetP50Ms: round(percentile(indexed, 0.5), 1),
    indexedSubsetP95Ms: round(percentile(indexed, 0.95), 1),
    sequentialP50Ms: round(percentile(sequential, 0.5), 1),
    sequentialP95Ms: round(percentile(sequential, 0.95), 1),
    speedupP50: ratio(0.5),
    speedupP95: ratio(0.95),
  };
}
