import { readFileSync } from 'node:fs';
import { listItems } from '../../src/domain/catalogue/read-items.ts';
import { ItemQuery } from '../../src/domain/catalogue/schema.ts';
import { search } from '../../src/domain/search/search.ts';
import type { RequestContext } from '../../src/platform/context/request-context.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';
import { type ScoredQuery, scoreRanking } from './ranking-metrics.ts';

/** A labelled query of `eval-set.json`: `relevant` holds demo item seed ids (`demo-gilan-offer-rice`). */
export type EvalQuery = { id: string; language: Locale; q: string; style: string; relevant: string[] };
type DemoItemFile = { items: { id: string; language: Locale; title: string }[] };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export const loadEvalSet = (): EvalQuery[] => readJson<{ queries: EvalQuery[] }>('./eval-set.json').queries;

/**
 * The seed gives demo items random UUIDs; each is known again by its title in its own language,
 * which is unique in the demo file. Returns database id → seed id.
 */
export async function demoSeedIds(context: RequestContext): Promise<Map<string, string>> {
  const seedIdByTitle = new Map(
    readJson<DemoItemFile>('../../seed/demo/items.json').items.map((item) => [
      `${item.language}|${item.title}`,
      item.id,
    ]),
  );
  const { items } = await listItems(context, ItemQuery.parse({ limit: 200 }));
  const ids = new Map<string, string>();
  for (const item of items) {
    const seedId = seedIdByTitle.get(`${item.language}|${item.title[item.language]}`);
    if (seedId) ids.set(item.id, seedId);
  }
  if (ids.size !== seedIdByTitle.size) {
    throw new Error(`found ${ids.size} of the ${seedIdByTitle.size} demo items in the seeded database`);
  }
  return ids;
}

/** A ranking of database ids for a query, best first. */
export type Ranker = (context: RequestContext, query: EvalQuery) => Promise<string[]>;

/** The new search, items only, in the query's language. */
export const rankBySearch: Ranker = async (context, query) =>
  (await search(context, { q: query.q, lang: query.language, types: ['item'], limit: 10 })).results.map(
    (hit) => hit.id,
  );

/**
 * Today's catalogue filter, through its own list use case: the whole normalised query as a
 * substring of the item's search text, newest first (ties by id, which for the demo items,
 * all seeded at one moment, is the order of their random UUIDs).
 */
export const rankByCatalogueFilter: Ranker = async (context, query) =>
  (await listItems(context, ItemQuery.parse({ q: query.q, limit: 10 }))).items.map((item) => item.id);

export async function scoreRanker(
  context: RequestContext,
  queries: readonly EvalQuery[],
  seedIds: ReadonlyMap<string, string>,
  ranker: Ranker,
): Promise<ScoredQuery[]> {
  const scored: ScoredQuery[] = [];
  for (const query of queries) {
    const ranked = (await ranker(context, query)).map((id) => seedIds.get(id) ?? id);
    scored.push({ language: query.language, scores: scoreRanking(ranked, new Set(query.relevant)) });
  }
  return scored;
}
