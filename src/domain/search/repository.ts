import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { chunksOf, INSERT_CHUNK } from '../../platform/db/chunks.ts';
import { queryRows } from '../../platform/db/query-rows.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { DocumentType, SearchFilters } from './model.ts';
import { type ConceptCredit, FRESHNESS_HALF_LIFE_DAYS, hasFilters, SCORE_WEIGHTS } from './rules.ts';
import { searchDocuments, searchIndexState, searchTerms } from './tables.ts';

export type DocumentRow = Omit<typeof searchDocuments.$inferInsert, 'number'>;
export type TermRow = typeof searchTerms.$inferInsert;
/** A document's row and the words it is found by (its postings). */
export type IndexedDocument = { row: DocumentRow; words: readonly string[] };

/** A query word's neighbours in the vocabulary: each index word it resembles, and how closely (0–1). */
export type WordMatch = { queryWord: number; word: string; similarity: number };

/** What the candidate query is asked: the vocabulary words of the query, concepts and places read from it, filters. */
export type CandidateQuery = {
  /** How many words the query has that can find documents; the text score is their average. */
  queryWordCount: number;
  wordMatches: readonly WordMatch[];
  conceptCodes: readonly string[];
  conceptCredits: readonly ConceptCredit[];
  placeWeights: ReadonlyMap<string, number>;
  filters: SearchFilters;
  now: Date;
  /** No words: the filters alone choose, newest first. */
  browse: boolean;
};

/** A candidate with what facets count and the parts of its score, best first. */
export type ScoredRow = {
  type: DocumentType;
  id: string;
  kind: 'offer' | 'need' | null;
  countryCode: string | null;
  provinceId: string | null;
  taxonomyCodes: string[];
  hsCodes: string[];
  textScore: number;
  conceptScore: number;
  placeScore: number;
  freshness: number;
};

/** What a hit shows. */
export type DisplayRow = {
  type: DocumentType;
  id: string;
  language: Locale;
  title: LocalizedText;
  body: LocalizedText;
  path: string;
  isDemo: boolean;
};

/** Postings and words go in as two arrays per statement; this many per statement. */
const POSTINGS_CHUNK = 5000;
/**
 * A vocabulary word stands for a query word when the query word lies in it (trigram word
 * similarity, "ikr" in "ikra") or the two are spelt alike (similarity, "cavier" and "caviar").
 */
const MIN_WORD_SIMILARITY = 0.4;
/** How many vocabulary words one query word may stand for (the closest ones). */
const NEIGHBOURS_PER_WORD = 6;

export function createSearchRepository(db: Executor) {
  return {
    /** Rows, postings and new vocabulary words of the documents, replacing what they had. */
    async upsertDocuments(documents: readonly IndexedDocument[]): Promise<void> {
      for (const chunk of chunksOf([...documents], INSERT_CHUNK)) {
        const numbered = await db
          .insert(searchDocuments)
          .values(chunk.map((document) => document.row))
          .onConflictDoUpdate({ target: [searchDocuments.type, searchDocuments.id], set: excludedColumns() })
          .returning({ type: searchDocuments.type, id: searchDocuments.id, number: searchDocuments.number });
        const numberOf = new Map(numbered.map((row) => [`${row.type}/${row.id}`, row.number]));
        await replacePostings(
          db,
          chunk.map((document) => ({ number: numberOf.get(`${document.row.type}/${document.row.id}`)!, ...document })),
        );
      }
    },

    /** Postings go with their documents (on delete cascade). */
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

    listAllTerms() {
      return db.select().from(searchTerms);
    },

    async replaceAllTerms(rows: TermRow[]): Promise<void> {
      await db.delete(searchTerms);
      for (const chunk of chunksOf(rows, INSERT_CHUNK))
        await db.insert(searchTerms).values(chunk).onConflictDoNothing();
    },

    /** The key version the index was built with, the row locked until the transaction ends; null before any. */
    async lockKeyVersion(): Promise<number | null> {
      const rows = await db.select().from(searchIndexState).where(eq(searchIndexState.id, 1)).for('update');
      return rows[0]?.keyVersion ?? null;
    },

    async setKeyVersion(keyVersion: number): Promise<void> {
      await db
        .insert(searchIndexState)
        .values({ id: 1, keyVersion })
        .onConflictDoUpdate({ target: searchIndexState.id, set: { keyVersion } });
    },

    /**
     * Targets (taxonomy nodes, places) whose terms stand in the query: the term's trigram word
     * similarity to some part of the query. Only terms that hold one of the query's words are
     * compared with it (found through the terms' trigram index). Terms of four letters or fewer
     * must be met whole, so «рис» is not read into "risk".
     */
    findTargets(query: { key: string; words: readonly string[] }): Promise<{ target: string; confidence: number }[]> {
      const { key } = query;
      return queryRows(
        db,
        sql`select target, max(word_similarity(t.key, ${key}) * weight)::float8 as confidence
            from (select distinct t.* from unnest(${toTextArray(query.words)}) w
                  -- offset 0 keeps this a lookup through the index per word, not a join the planner flattens
                  cross join lateral (select * from search_terms where key %> w offset 0) t) t
            where t.key <% ${key} and (length(t.key) > 4 or position(' ' || t.key || ' ' in ' ' || ${key} || ' ') > 0)
            group by target
            order by confidence desc
            limit 12`,
      );
    },

    /**
     * The vocabulary words each query word resembles (trigram word similarity through the
     * vocabulary's index): «икру» finds "ikra" and "ikry", a misspelling finds the right word.
     */
    findWordMatches(queryWords: readonly string[]): Promise<WordMatch[]> {
      if (queryWords.length === 0) return Promise.resolve([]);
      return queryRows<WordMatch>(
        db,
        sql`select (q.position - 1)::int as "queryWord", v.word, v.similarity
            from unnest(${toTextArray(queryWords)}) with ordinality q(word, position)
            cross join lateral (
              select word, greatest(word_similarity(q.word, word), similarity(q.word, word))::float8 as similarity
              from search_words where word %> q.word or word % q.word
              order by similarity desc, word limit ${NEIGHBOURS_PER_WORD}
            ) v
            where v.similarity >= ${MIN_WORD_SIMILARITY}`,
      );
    },

    /** The best `size` candidates with the parts of their score, best first (ties: newest, then by key). */
    findBest(query: CandidateQuery, size: number): Promise<ScoredRow[]> {
      return queryRows<ScoredRow>(
        db,
        sql`select * from (${scoredCandidates(query, size)}) scored
            order by score desc, "updatedAt" desc, type, id
            limit ${size}`,
      );
    },

    /** What the hits of one page show, in the order asked. */
    async loadDisplayRows(keys: readonly { type: DocumentType; id: string }[]): Promise<DisplayRow[]> {
      if (keys.length === 0) return [];
      const rows = await queryRows<DisplayRow>(
        db,
        sql`select d.type, d.id, d.language, d.title, d.body, d.path, d.is_demo as "isDemo"
            from unnest(${toTextArray(keys.map((key) => key.type))}, ${toTextArray(keys.map((key) => key.id))}) k(type, id)
            join search_documents d on d.type = k.type and d.id = k.id`,
      );
      const byKey = new Map(rows.map((row) => [`${row.type}/${row.id}`, row]));
      return keys.flatMap((key) => byKey.get(`${key.type}/${key.id}`) ?? []);
    },
  };
}

async function replacePostings(db: Executor, documents: readonly (IndexedDocument & { number: number })[]) {
  const numbers = documents.map((document) => document.number);
  await db.execute(sql`delete from search_postings where document = any(${toIntArray(numbers)})`);
  const postings = documents.flatMap((document) => document.words.map((word) => ({ word, number: document.number })));
  for (const chunk of chunksOf(postings, POSTINGS_CHUNK)) {
    await db.execute(
      sql`insert into search_postings (word, document)
          select * from unnest(${toTextArray(chunk.map((posting) => posting.word))},
            ${toIntArray(chunk.map((posting) => posting.number))})`,
    );
  }
  const words = [...new Set(postings.map((posting) => posting.word))].sort();
  for (const chunk of chunksOf(words, POSTINGS_CHUNK)) {
    await db.execute(sql`insert into search_words (word) select unnest(${toTextArray(chunk)}) on conflict do nothing`);
  }
}

/** Every column but the key takes the new value on a repeated upsert. */
function excludedColumns() {
  const columns = [
    'language',
    'title',
    'body',
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
 * The candidates, from three arms, each giving at most `size`: documents holding a vocabulary word
 * of the query (through the postings, best text first), documents coded on a concept read from the
 * query (newest first, so a broad concept costs no more than a narrow one), and, when neither applies, documents of a named place or, with
 * no query, all documents the filters allow. Each comes with the parts of its score.
 */
function scoredCandidates(query: CandidateQuery, size: number): SQL {
  const filters = filterClauses(query.filters);
  const arms: SQL[] = [];
  if (query.wordMatches.length > 0) arms.push(textArm(query, filters, size));
  if (query.conceptCodes.length > 0) {
    arms.push(sql`(select number, 0::float8 from search_documents d
      where d.taxonomy_codes && ${toTextArray(query.conceptCodes)} ${filters}
      order by d.updated_at desc limit ${size})`);
  }
  const places = [...query.placeWeights.keys()];
  // A place alone narrows nothing down; with words or concepts it lifts the documents of that place.
  if (arms.length === 0 && places.length > 0) {
    arms.push(sql`(select number, 0::float8 from search_documents d
      where d.province_id = any(${toTextArray(places)}) ${filters} order by d.updated_at desc limit ${size})`);
  }
  if (arms.length === 0 && query.browse) {
    arms.push(sql`(select number, 0::float8 from search_documents d where true ${filters}
      order by d.updated_at desc limit ${size})`);
  }
  if (arms.length === 0) arms.push(sql`(select null::int, 0::float8 where false)`);
  const weights = SCORE_WEIGHTS;
  return sql`
    select d.type, d.id, d.kind, d.country_code as "countryCode", d.province_id as "provinceId",
      d.taxonomy_codes as "taxonomyCodes", d.hs_codes as "hsCodes", d.updated_at as "updatedAt",
      c.text_score as "textScore", parts.concept as "conceptScore", parts.place as "placeScore", parts.freshness,
      (c.text_score * ${weights.text} + parts.concept * ${weights.concept} + parts.place * ${weights.place}
        + parts.freshness * ${weights.freshness})::float8 as score
    from (select number, max(text_score) as text_score
          from (${sql.join(arms, sql` union all `)}) arms(number, text_score) group by number) c
    join search_documents d on d.number = c.number
    cross join lateral (select
      ${conceptScore(query.conceptCredits)} as concept,
      ${greatestWeight(query.placeWeights, (province) => sql`d.province_id = ${province}`)} as place,
      -- In float8: extract() gives numeric, whose power() costs more than the rest of the score.
      power(0.5::float8, extract(epoch from (${query.now}::timestamptz - d.updated_at))::float8
        / ${FRESHNESS_HALF_LIFE_DAYS * 86_400}) as freshness) parts
    where true ${filters}`;
}

/**
 * Each document's text score: per query word the similarity of its closest word in the document,
 * averaged over the query's words. The postings are read through their index by the words
 * themselves; the best documents go on (with filters, after them: a filter may drop the best).
 */
function textArm(query: CandidateQuery, filters: SQL, size: number): SQL {
  const matches = query.wordMatches;
  // One column per query word, so one pass over the postings adds them up (no second grouping).
  const perQueryWord = Array.from(
    { length: query.queryWordCount },
    (_, index) => sql`coalesce(max(m.similarity) filter (where m.query_word = ${sql.raw(String(index))}), 0)`,
  );
  const scored = sql`select p.document, ((${sql.join(perQueryWord, sql` + `)}) / ${query.queryWordCount})::float8 as text_score
      from search_postings p
      join unnest(${toTextArray(matches.map((match) => match.word))},
        ${toIntArray(matches.map((match) => match.queryWord))},
        ${toFloatArray(matches.map((match) => match.similarity))}) m(word, query_word, similarity) on m.word = p.word
      group by p.document`;
  if (!hasFilters(query.filters)) {
    return sql`(select document, text_score from (${scored}) t
      order by text_score desc, document desc limit ${size})`;
  }
  return sql`(select t.document, t.text_score from (${scored}) t join search_documents d on d.number = t.document
    where true ${filters} order by t.text_score desc, t.document desc limit ${size})`;
}

/**
 * The concept part of the score (see `conceptCredits`): half the best single concept's credit,
 * half the share of all the query's concepts the document earns.
 */
function conceptScore(credits: readonly ConceptCredit[]): SQL {
  if (credits.length === 0) return sql`0::float8`;
  const earned = credits.map((credit) =>
    greatestWeight(new Map(credit.codes), (code) => sql`d.taxonomy_codes @> ${toTextArray([code])}`),
  );
  const total = credits.reduce((sum, credit) => sum + credit.confidence, 0);
  return sql`((greatest(${sql.join(earned, sql`, `)}) + (${sql.join(earned, sql` + `)}) / ${total}::float8) / 2)`;
}

/** The greatest weight whose condition holds, 0 when none does: a few cases, no JSON to parse per row. */
function greatestWeight(weights: ReadonlyMap<string, number>, holds: (key: string) => SQL): SQL {
  if (weights.size === 0) return sql`0::float8`;
  const cases = [...weights].map(([key, weight]) => sql`case when ${holds(key)} then ${weight}::float8 else 0 end`);
  return sql`greatest(${sql.join(cases, sql`, `)})`;
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

export const toTextArray = (values: readonly string[]) =>
  sql`${`{${values.map(quoteArrayElement).join(',')}}`}::text[]`;
const toIntArray = (values: readonly number[]) => sql`${`{${values.join(',')}}`}::int[]`;
const toFloatArray = (values: readonly number[]) => sql`${`{${values.join(',')}}`}::float8[]`;
const quoteArrayElement = (value: string) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
