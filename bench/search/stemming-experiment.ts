import { sql } from 'drizzle-orm';
import type { CatalogueItem } from '../../src/domain/catalogue/model.ts';
import { listItems } from '../../src/domain/catalogue/read-items.ts';
import { ItemQuery } from '../../src/domain/catalogue/schema.ts';
import { SCORE_WEIGHTS } from '../../src/domain/search/rules.ts';
import { prepareQuery } from '../../src/domain/search/rules.ts';
import { search } from '../../src/domain/search/search.ts';
import type { RequestContext } from '../../src/platform/context/request-context.ts';
import { queryRows } from '../../src/platform/db/query-rows.ts';
import { LOCALES, type Locale } from '../../src/platform/i18n/locales.ts';
import { latinKey } from '../../src/platform/text/latin-key.ts';
import { normaliseText } from '../../src/platform/text/normalise-text.ts';
import type { EvalQuery, Ranker } from './eval-quality.ts';

/**
 * Does a stemmer help? An experiment, not the product: each item's text in each language and each
 * query are cut into words and stemmed with PostgreSQL's Snowball text-search configurations
 * (the same on PGlite), the stems are put through the search's spelling key (so Cyrillic and Latin
 * stems meet as the words do), and the share of the query's words whose stem the item holds is
 * added to search()'s blended score with a weight. The control adds the same signal without
 * stemming (the `simple` configuration: whole words), so a gain from stemming is told apart from
 * a gain from any exact-word signal.
 */
export type StemVariant = { name: string; configs: Record<Locale, string> };

const sameFor = (config: string) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, config])) as Record<Locale, string>;

export const STEM_VARIANTS: readonly StemVariant[] = [
  { name: 'whole words (simple)', configs: sameFor('simple') },
  {
    // Snowball has no Persian, Kazakh, Azerbaijani or Turkmen; Turkish is the nearest for the Latin Turkic two.
    name: 'stemmed (ru russian, en english, az/tk turkish)',
    configs: { ...sameFor('simple'), ru: 'russian', en: 'english', az: 'turkish', tk: 'turkish' },
  },
  {
    name: 'stemmed, also kk russian, fa arabic',
    configs: { ru: 'russian', en: 'english', az: 'turkish', tk: 'turkish', kk: 'russian', fa: 'arabic' },
  },
];

export const STEM_WEIGHTS = [0.1, 0.2, 0.3, 0.45] as const;

async function stemsOf(context: RequestContext, config: string, texts: readonly string[]): Promise<string[][]> {
  const rows = await queryRows<{ lexemes: string[] }>(
    context.db,
    sql`select coalesce(tsvector_to_array(to_tsvector(${config}::regconfig, t)), '{}') as lexemes
        from unnest(${`{${texts.map((text) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[])
        with ordinality as u(t, n) order by n`,
  );
  return rows.map((row) => row.lexemes.map(latinKey));
}

const itemTextIn = (item: CatalogueItem, locale: Locale) =>
  normaliseText([item.title[locale], item.description[locale]].filter(Boolean).join(' \n '));

/** Each item's stems (as spelling keys) over all its languages, each language by its own configuration. */
async function stemsOfItems(
  context: RequestContext,
  items: readonly CatalogueItem[],
  variant: StemVariant,
): Promise<Map<string, Set<string>>> {
  const stems = new Map(items.map((item) => [item.id, new Set<string>()]));
  for (const locale of LOCALES) {
    const written = items.filter((item) => item.title[locale] || item.description[locale]);
    if (written.length === 0) continue;
    const lexemes = await stemsOf(
      context,
      variant.configs[locale],
      written.map((item) => itemTextIn(item, locale)),
    );
    written.forEach((item, index) => {
      for (const stem of lexemes[index]!) stems.get(item.id)!.add(stem);
    });
  }
  return stems;
}

/** The stems of the query's finding words (the words search itself finds by: no stop words). */
async function stemsOfQuery(context: RequestContext, query: EvalQuery, variant: StemVariant): Promise<string[][]> {
  const prepared = prepareQuery(query.q);
  if (!prepared) return [];
  const finding = new Set(prepared.findingWords);
  const words = (prepared.text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => finding.has(latinKey(word)));
  if (words.length === 0) return [];
  return (await stemsOf(context, variant.configs[query.language], words)).filter((stems) => stems.length > 0);
}

export type StemExperiment = {
  items: readonly CatalogueItem[];
  /** Per variant: each item's stems, and each query's stems (one list per finding word). */
  itemStems: Map<string, Map<string, Set<string>>>;
  queryStems: Map<string, Map<string, string[][]>>;
  /** search()'s own ranking of every candidate item per query, asked once and shared by every variant. */
  searched: Map<string, Map<string, { score: number; rank: number }>>;
};

export async function prepareStemExperiment(
  context: RequestContext,
  queries: readonly EvalQuery[],
): Promise<StemExperiment> {
  const { items } = await listItems(context, ItemQuery.parse({ limit: 200 }));
  const itemStems = new Map<string, Map<string, Set<string>>>();
  const queryStems = new Map<string, Map<string, string[][]>>();
  for (const variant of STEM_VARIANTS) {
    itemStems.set(variant.name, await stemsOfItems(context, items, variant));
    const byQuery = new Map<string, string[][]>();
    for (const query of queries) byQuery.set(query.id, await stemsOfQuery(context, query, variant));
    queryStems.set(variant.name, byQuery);
  }
  const searched = new Map<string, Map<string, { score: number; rank: number }>>();
  for (const query of queries) {
    const answer = await search(context, { q: query.q, lang: query.language, types: ['item'], limit: items.length });
    searched.set(query.id, new Map(answer.results.map((hit, rank) => [hit.id, { score: hit.score, rank }])));
  }
  return { items, itemStems, queryStems, searched };
}

/**
 * search()'s ranking of every candidate, plus `weight` × the share of query words whose stem the
 * item holds. An item search did not find but whose stems match starts from the freshness part
 * alone (the demo items were all seeded moments ago, so their freshness is 1). Weight 0 is search()
 * as it is.
 */
export function stemmedRanker(experiment: StemExperiment, variant: StemVariant, weight: number): Ranker {
  const stemsOfItem = experiment.itemStems.get(variant.name)!;
  return async (_context, query) => {
    const searched = experiment.searched.get(query.id)!;
    const stems = experiment.queryStems.get(variant.name)!.get(query.id)!;
    const scored = experiment.items.flatMap((item) => {
      const held = stemsOfItem.get(item.id)!;
      const matched = stems.filter((word) => word.some((stem) => held.has(stem))).length;
      const share = stems.length === 0 ? 0 : matched / stems.length;
      const found = searched.get(item.id);
      if (!found && share === 0) return [];
      const score = (found?.score ?? SCORE_WEIGHTS.freshness) + weight * share;
      return [{ id: item.id, score, rank: found?.rank ?? Number.MAX_SAFE_INTEGER }];
    });
    scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.id.localeCompare(b.id));
    return scored.slice(0, 10).map((entry) => entry.id);
  };
}
