import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { chunksOf, INSERT_CHUNK } from '../../platform/db/chunks.ts';
import { queryRows } from '../../platform/db/query-rows.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { DocumentType, SearchFilters } from './model.ts';
import { FRESHNESS_HALF_LIFE_DAYS, SCORE_WEIGHTS } from './rules.ts';
import { searchDocuments, searchTerms } from './tables.ts';

export type DocumentRow = typeof searchDocuments.$inferInsert;
export type TermRow = typeof searchTerms.$inferInsert;

/** What the candidate query is asked: words (spelling keys), concepts and places read from the query, filters. */
export type CandidateQuery = {
  words: readonly string[];
  conceptCodes: readonly string[];
  /** The subcategories among the concepts, and their confidence; sectors count half. */
  conceptWeights: ReadonlyMap<string, number>;
  placeWeights: ReadonlyMap<string, number>;
  filters: SearchFilters;
  now: Date;
  /** No words: the filters alone choose, newest first. */
  browse: boolean;
};

export type CandidateRow = {
  type: DocumentType;
  id: string;
  language: Locale;
  title: LocalizedText;
  body: LocalizedText;
  taxonomyCodes: string[];
  path: string;
  isDemo: boolean;
  kind: 'offer' | 'need' | null;
  textScore: number;
  conceptScore: number;
  placeScore: number;
  freshness: number;
};

export type FacetRow = { facet: string; value: string; count: number };

export function createSearchRepository(db: Executor) {
  return {
    async upsertDocuments(rows: DocumentRow[]): Promise<void> {
      for (const chunk of chunksOf(rows, INSERT_CHUNK)) {
        await db
          .insert(searchDocuments)
          .values(chunk)
          .onConflictDoUpdate({ target: [searchDocuments.type, searchDocuments.id], set: excludedColumns() });
      }
    },

    async deleteDocuments(type: DocumentType, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .delete(searchDocuments)
        .where(and(eq(searchDocuments.type, type), inArray(searchDocuments.id, [...ids])));
    },

    async deleteDocumentsOfType(type: DocumentType): Promise<void> {
      await db.delete(searchDocuments).where(eq(searchDocuments.type, type));
    },

    async replaceTerms(target: string, rows: TermRow[]): Promise<void> {
      await db.delete(searchTerms).where(eq(searchTerms.target, target));
      for (const chunk of chunksOf(rows, INSERT_CHUNK))
        await db.insert(searchTerms).values(chunk).onConflictDoNothing();
    },

    listTerms(target: string) {
      return db.select().from(searchTerms).where(eq(searchTerms.target, target));
    },

    /**
     * Targets (taxonomy nodes, places) whose terms stand in the query: the term's trigram word
     * similarity to some part of the query. Terms of four letters or fewer must be met whole,
     * so «рис» is not read into "risk".
     */
    findTargets(queryKey: string): Promise<{ target: string; confidence: number }[]> {
      return queryRows(
        db,
        sql`select target, max(word_similarity(key, ${queryKey}) * weight)::float8 as confidence
            from search_terms
            where key <% ${queryKey} and (length(key) > 4 or position(' ' || key || ' ' in ' ' || ${queryKey} || ' ') > 0)
            group by target
            order by confidence desc
            limit 12`,
      );
    },

    async findCandidates(query: CandidateQuery, limit: number, offset: number): Promise<CandidateRow[]> {
      return queryRows<CandidateRow>(
        db,
        sql`select * from (${withScore(scoredCandidates(query))}) scored
            order by score desc, type, id
            limit ${limit} offset ${offset}`,
      );
    },

    /** Counts per facet over the best candidates (at most 2,000), as the page offers them to narrow by. */
    countFacets(query: CandidateQuery): Promise<FacetRow[]> {
      return queryRows<FacetRow>(
        db,
        sql`with best as (
              select * from (${withScore(scoredCandidates(query))}) scored order by score desc limit 2000
            )
            select 'type' as facet, type as value, count(*)::int as count from best group by type
            union all
            select 'kind', kind, count(*)::int from best where kind is not null group by kind
            union all
            select 'country', country_code, count(*)::int from best where country_code is not null group by country_code
            union all
            select 'province', province_id, count(*)::int from best where province_id is not null group by province_id
            union all
            select 'sector', code, count(*)::int from best, unnest(taxonomy_codes) code
              where position('.' in code) = 0 group by code
            union all
            select 'hs', chapter, count(distinct (type, id))::int from best, unnest(hs_codes) hs, left(hs, 2) chapter
              group by chapter`,
      );
    },
  };
}

/** Every column but the key takes the new value on a repeated upsert. */
function excludedColumns() {
  const columns = [
    'language',
    'title',
    'body',
    'text',
    'key',
    'kind',
    'country_code',
    'province_id',
    'taxonomy_codes',
    'hs_codes',
    'path',
    'is_demo',
    'updated_at',
  ];
  return Object.fromEntries(columns.map((column) => [toCamel(column), sql.raw(`excluded.${column}`)])) as Partial<
    Record<keyof DocumentRow, SQL>
  >;
}

const toCamel = (column: string) => column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The documents that hold a query word (trigram word similarity on the spelling key, through its
 * GIN index), are coded on a concept, or lie in a place the query names, with the parts of their score.
 */
function scoredCandidates(query: CandidateQuery): SQL {
  const { words, conceptCodes } = query;
  const conceptWeights = jsonOf(query.conceptWeights);
  const placeWeights = jsonOf(query.placeWeights);
  const places = [...query.placeWeights.keys()];
  const reasons: SQL[] = [
    ...words.map((word) => sql`d.key %> ${word}`),
    ...(conceptCodes.length > 0 ? [sql`d.taxonomy_codes && ${toTextArray(conceptCodes)}`] : []),
  ];
  // A place alone narrows nothing down; with words or concepts it lifts the documents of that place.
  if (reasons.length === 0 && places.length > 0) reasons.push(sql`d.province_id = any(${toTextArray(places)})`);
  if (reasons.length === 0) reasons.push(query.browse ? sql`true` : sql`false`);
  const textScore =
    words.length === 0
      ? sql`0`
      : sql`(select coalesce(avg(word_similarity(w, d.key)), 0) from unnest(${toTextArray(words)}) w)`;
  return sql`
    select d.type, d.id, d.language, d.title, d.body, d.taxonomy_codes as "taxonomyCodes", d.path,
      d.is_demo as "isDemo", d.kind, d.country_code, d.province_id, d.hs_codes, d.taxonomy_codes,
      ${textScore}::float8 as "textScore",
      (select coalesce(max((${conceptWeights}::jsonb ->> code)::float8), 0) from unnest(d.taxonomy_codes) code)::float8
        as "conceptScore",
      coalesce((${placeWeights}::jsonb ->> d.province_id)::float8, 0)::float8 as "placeScore",
      power(0.5, extract(epoch from (${query.now}::timestamptz - d.updated_at)) / ${FRESHNESS_HALF_LIFE_DAYS * 86_400})::float8
        as freshness
    from search_documents d
    where (${sql.join(reasons, sql` or `)}) ${filterClauses(query.filters)}`;
}

/** The blend of `rules.ts`, in SQL so that the database orders and pages by it. */
function withScore(candidates: SQL): SQL {
  const weights = SCORE_WEIGHTS;
  return sql`select c.*, ("textScore" * ${weights.text} + "conceptScore" * ${weights.concept}
      + "placeScore" * ${weights.place} + freshness * ${weights.freshness})::float8 as score
    from (${candidates}) c`;
}

function filterClauses(filters: SearchFilters): SQL {
  const clauses: SQL[] = [];
  if (filters.types?.length) clauses.push(sql`d.type = any(${toTextArray(filters.types)})`);
  if (filters.kind) clauses.push(sql`d.kind = ${filters.kind}`);
  if (filters.countries?.length) clauses.push(sql`d.country_code = any(${toTextArray(filters.countries)})`);
  if (filters.provinces?.length) clauses.push(sql`d.province_id = any(${toTextArray(filters.provinces)})`);
  if (filters.sector) clauses.push(sql`d.taxonomy_codes && ${toTextArray([filters.sector])}`);
  if (filters.changedSince) clauses.push(sql`d.updated_at > ${filters.changedSince}`);
  if (filters.hsChapter) {
    clauses.push(sql`exists (select 1 from unnest(d.hs_codes) hs where left(hs, 2) = ${filters.hsChapter})`);
  }
  return clauses.length === 0 ? sql`` : sql` and ${sql.join(clauses, sql` and `)}`;
}

const jsonOf = (weights: ReadonlyMap<string, number>) => JSON.stringify(Object.fromEntries(weights));
export const toTextArray = (values: readonly string[]) =>
  sql`${`{${values.map(quoteArrayElement).join(',')}}`}::text[]`;
const quoteArrayElement = (value: string) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
