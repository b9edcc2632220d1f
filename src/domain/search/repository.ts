import { and, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { chunksOf, INSERT_CHUNK } from '../../platform/db/chunks.ts';
import { queryRows } from '../../platform/db/query-rows.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { DocumentType, SearchFilters } from './model.ts';
import {
  type ConceptCredit,
  conceptPostingWord,
  FRESHNESS_HALF_LIFE_DAYS,
  placePostingWord,
  SCORE_WEIGHTS,
} from './rules.ts';
import { searchDocuments, searchIndexState, searchTerms } from './tables.ts';
import type { AllWords, TextHit, WordMatch } from './text-ranking.ts';

export type DocumentRow = Omit<typeof searchDocuments.$inferInsert, 'number'>;
export type TermRow = typeof searchTerms.$inferInsert;
/** A document's row and the words it is found by (its postings). */
export type IndexedDocument = { row: DocumentRow; words: readonly string[] };

/** What the candidate query is asked: the vocabulary words of the query, concepts and places read from it, filters. */
export type CandidateQuery = {
  /** The documents the query's words find, best first (text-ranking.ts). */
  textHits: readonly TextHit[];
  /** With two or more query words: the closest word of each, which the all-words arm reads. */
  allWords: AllWords | null;
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
/**
 * How many documents one vocabulary word contributes to the text arm, newest first: the work of
 * a query stays bounded however common its words are (at 1M documents a common word is in
 * 70,000). Documents holding every query word are found whatever their age (`allWordsArm`).
 */
export const POSTINGS_PER_WORD = 1000;
/** How many taxonomy nodes, places and thesaurus groups a query is read as, at most, each. */
const TARGETS_PER_KIND = 12;

/**
 * A target a query names, how sure that reading is, and by which of its terms; a thesaurus
 * group also brings the spelling keys of all its terms, in every language.
 */
export type TargetMatch = { target: string; confidence: number; matchedKey: string; keys: string[] | null };

export function createSearchRepository(db: Executor) {
  return {
    /**
     * Rows, postings and new vocabulary words of the documents, replacing what they had. A written
     * document takes a new number, so numbers follow the order documents were last written in and
     * the postings, read from the highest number down, give the newest documents first.
     */
    async upsertDocuments(documents: readonly IndexedDocument[]): Promise<void> {
      for (const chunk of chunksOf([...documents], INSERT_CHUNK)) {
        await deletePostingsOf(db, chunk);
        const numbered = await db
          .insert(searchDocuments)
          .values(chunk.map((document) => document.row))
          .onConflictDoUpdate({ target: [searchDocuments.type, searchDocuments.id], set: excludedColumns() })
          .returning({ type: searchDocuments.type, id: searchDocuments.id, number: searchDocuments.number });
        const numberOf = new Map(numbered.map((row) => [`${row.type}/${row.id}`, row.number]));
        await insertPostings(
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

    /**
     * Runs a load of thousands of terms through the trigram index's pending list, merged once at
     * the end: several times faster than one index insertion per row (2.4 s instead of 6.8 s for
     * the thesaurus's 11,000 words on PGlite, `.lab` measurement on a loaded machine). The
     * index goes back to having no pending list for the searches that follow.
     */
    async loadingTermsInBulk<T>(load: () => Promise<T>): Promise<T> {
      await db.execute(sql`alter index search_terms_key_trgm set (fastupdate = on)`);
      const result = await load();
      await db.execute(sql`select gin_clean_pending_list('search_terms_key_trgm')`);
      await db.execute(sql`alter index search_terms_key_trgm set (fastupdate = off)`);
      return result;
    },

    /** Every target of one kind (`thesaurus:`) at once. */
    async replaceTermsOfKind(prefix: string, rows: TermRow[]): Promise<void> {
      await db.delete(searchTerms).where(like(searchTerms.target, `${prefix}%`));
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
     * What a query's words say, in one round trip. Targets (taxonomy nodes, places, thesaurus
     * groups) whose terms stand in the query: the term's trigram word similarity to some part of
     * the query; only terms that hold one of the query's words are compared with it (found
     * through the terms' trigram index), and terms of four letters or fewer must be met whole, so
     * «рис» is not read into "risk". And the vocabulary words each finding word resembles (trigram
     * word similarity through the vocabulary's index): «икру» finds "ikra" and "ikry", a
     * misspelling finds the right word.
     */
    async readQueryWords(query: {
      key: string;
      words: readonly string[];
      findingWords: readonly string[];
    }): Promise<{ targets: TargetMatch[]; matches: WordMatch[] }> {
      const { key } = query;
      const [row] = await queryRows<{ targets: TargetMatch[]; matches: WordMatch[] }>(
        db,
        sql`with matched as (
              select target, max(word_similarity(t.key, ${key}) * weight)::float8 as confidence,
                (array_agg(t.key order by word_similarity(t.key, ${key}) * weight desc))[1] as "matchedKey"
              from (select distinct t.* from unnest(${toTextArray(query.words)}) w
                    -- offset 0 keeps this a lookup through the index per word, not a join the planner flattens
                    cross join lateral (select * from search_terms where key %> w offset 0) t) t
              where t.key <% ${key} and (length(t.key) > 4 or position(' ' || t.key || ' ' in ' ' || ${key} || ' ') > 0)
              group by target),
            ranked as (
              select *, row_number() over (partition by split_part(target, ':', 1) order by confidence desc) as rank
              from matched),
            targets as (
              select target, confidence, "matchedKey",
                case when target like 'thesaurus:%'
                  then array(select s.key from search_terms s where s.target = ranked.target) end as keys
              from ranked where rank <= ${TARGETS_PER_KIND}),
            matches as (
              select (q.position - 1)::int as "queryWord", v.word, v.similarity
              from unnest(${toTextArray(query.findingWords)}) with ordinality q(word, position)
              cross join lateral (
                select word, greatest(word_similarity(q.word, word), similarity(q.word, word))::float8 as similarity
                from search_words where word %> q.word or word % q.word
                order by similarity desc, word limit ${NEIGHBOURS_PER_WORD}
              ) v
              where v.similarity >= ${MIN_WORD_SIMILARITY})
            select
              (select coalesce(json_agg(targets order by confidence desc), '[]') from targets) as targets,
              (select coalesce(json_agg(matches), '[]') from matches) as matches`,
      );
      return row ?? { targets: [], matches: [] };
    },

    /** Each word's newest documents that pass the filters, at most the word's own limit. */
    async findPostings(
      words: readonly { word: string; limit: number }[],
      filters: SearchFilters,
    ): Promise<Map<string, number[]>> {
      if (words.length === 0) return new Map();
      const rows = await queryRows<{ word: string; documents: string }>(
        db,
        sql`select w.word, array${newestHolding(sql`w.word`, filterClauses(filters), sql`w.depth`)}::text as documents
            from unnest(${toTextArray(words.map((entry) => entry.word))}, ${toIntArray(words.map((entry) => entry.limit))})
              w(word, depth)`,
      );
      return new Map(rows.map((row) => [row.word, parseIntArray(row.documents)]));
    },

    /**
     * The best `size` candidates with the parts of their score, best first (ties: newest, then by
     * key), and what the hits of the page asked for show, in the same round trip.
     */
    async findBest(query: CandidateQuery, size: number, page: { offset: number; limit: number }) {
      const rows = await queryRows<ScoredRow & Partial<DisplayRow> & { onPage: boolean }>(
        db,
        sql`with best as (
              select * from (${scoredCandidates(query, size)}) scored
              order by score desc, "updatedAt" desc, type, id
              limit ${size}),
            page as (select number from best order by score desc, "updatedAt" desc, type, id
              offset ${page.offset} limit ${page.limit})
            select best.*, page.number is not null as "onPage", p.language, p.title, p.body, p.path,
              p.is_demo as "isDemo"
            from best left join page on page.number = best.number
            left join search_documents p on p.number = page.number
            order by score desc, "updatedAt" desc, type, id`,
      );
      return {
        best: rows as ScoredRow[],
        shown: rows.filter((row) => row.onPage).map((row) => row as ScoredRow & DisplayRow),
      };
    },
  };
}

/** The postings of the documents' earlier versions, before they are renumbered. */
async function deletePostingsOf(db: Executor, documents: readonly IndexedDocument[]) {
  await db.execute(
    sql`delete from search_postings p using search_documents d, unnest(${toTextArray(documents.map((document) => document.row.type))},
          ${toTextArray(documents.map((document) => document.row.id))}) k(type, id)
        where d.type = k.type and d.id = k.id and p.document = d.number`,
  );
}

/** Each document's words, and its taxonomy codes as words of their own (the concept arm reads them). */
async function insertPostings(db: Executor, documents: readonly (IndexedDocument & { number: number })[]) {
  const postings = documents.flatMap((document) => [
    ...document.words.map((word) => ({ word, number: document.number })),
    ...(document.row.taxonomyCodes ?? []).map((code) => ({ word: conceptPostingWord(code), number: document.number })),
    ...(document.row.provinceId ? [{ word: placePostingWord(document.row.provinceId), number: document.number }] : []),
  ]);
  for (const chunk of chunksOf(postings, POSTINGS_CHUNK)) {
    await db.execute(
      sql`insert into search_postings (word, document)
          select * from unnest(${toTextArray(chunk.map((posting) => posting.word))},
            ${toIntArray(chunk.map((posting) => posting.number))})`,
    );
  }
  // Concept words stay out of the vocabulary: a query word never resembles them.
  const words = [...new Set(documents.flatMap((document) => document.words))].sort();
  for (const chunk of chunksOf(words, POSTINGS_CHUNK)) {
    await db.execute(sql`insert into search_words (word) select unnest(${toTextArray(chunk)}) on conflict do nothing`);
  }
}

/** Every column but the key takes the new value on a repeated upsert, and the number a new one. */
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
  const values = Object.fromEntries(columns.map((column) => [toCamel(column), sql.raw(`excluded.${column}`)]));
  return { ...values, number: sql`default` } as Partial<Record<keyof DocumentRow | 'number', SQL>>;
}

const toCamel = (column: string) => column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The candidates, from up to four arms, each giving at most `size`: documents holding vocabulary
 * words of the query (best text first), documents holding every query word's closest word,
 * documents coded on a concept read from the query (newest first, so a broad concept costs no
 * more than a narrow one) and, with no query, all documents the filters allow. Documents of a
 * place the query names come through the text arm (their province is a posting word). Each comes with the parts of its score.
 */
function scoredCandidates(query: CandidateQuery, size: number): SQL {
  const filters = filterClauses(query.filters);
  const arms: SQL[] = [];
  if (query.textHits.length > 0) arms.push(textArm(query.textHits));
  if (query.allWords) arms.push(allWordsArm(query.allWords, filters, size));
  if (query.conceptCodes.length > 0) arms.push(conceptArm(query.conceptCodes, filters, size));
  if (arms.length === 0 && query.browse) {
    arms.push(sql`(select number, 0::float8 from search_documents d where true ${filters}
      order by d.updated_at desc limit ${size})`);
  }
  if (arms.length === 0) arms.push(sql`(select null::int, 0::float8 where false)`);
  const weights = SCORE_WEIGHTS;
  return sql`
    select d.number, d.type, d.id, d.kind, d.country_code as "countryCode", d.province_id as "provinceId",
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
 * The newest documents holding `word` that pass the filters, read backwards through the
 * postings' primary key (numbers follow the order documents were written in).
 */
function newestHolding(word: SQL, filters: SQL, limit: number | SQL): SQL {
  const filtered = filters.queryChunks.length > 0;
  return sql`(select p.document from search_postings p
    ${filtered ? sql`join search_documents d on d.number = p.document` : sql``}
    where p.word = ${word} ${filters} order by p.document desc limit ${limit})`;
}

/** The text arm's documents, ranked in text-ranking.ts, with their scores. */
function textArm(hits: readonly TextHit[]): SQL {
  return sql`(select * from unnest(${toIntArray(hits.map((hit) => hit.document))},
    ${toFloatArray(hits.map((hit) => hit.textScore))}))`;
}

/**
 * The documents holding each query word's closest vocabulary word, newest first: the ones a
 * many-word query is most about, found however old they are and however common each word is
 * (a merge of the words' postings, which stops once it has enough).
 */
function allWordsArm(allWords: AllWords, filters: SQL, size: number): SQL {
  const [first, ...others] = allWords.words;
  const joins = others.map((word, index) => {
    const alias = sql.raw(`w${index}`);
    return sql`join search_postings ${alias} on ${alias}.word = ${word} and ${alias}.document = p.document`;
  });
  const filtered = filters.queryChunks.length > 0;
  return sql`(select p.document, ${allWords.textScore}::float8 from search_postings p ${sql.join(joins, sql` `)}
    ${filtered ? sql`join search_documents d on d.number = p.document` : sql``}
    where p.word = ${first!} ${filters} order by p.document desc limit ${size})`;
}

/** The newest documents coded on any of the concepts (their codes are posting words too). */
function conceptArm(codes: readonly string[], filters: SQL, size: number): SQL {
  const words = codes.map(conceptPostingWord);
  return sql`(select p.document, 0::float8 from unnest(${toTextArray(words)}) w(word)
    cross join lateral ${newestHolding(sql`w.word`, filters, size)} p
    order by p.document desc limit ${size})`;
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
const parseIntArray = (text: string) => (text === '{}' ? [] : text.slice(1, -1).split(',').map(Number));
const quoteArrayElement = (value: string) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
