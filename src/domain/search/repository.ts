import { and, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { chunksOf, INSERT_CHUNK } from '../../platform/db/chunks.ts';
import { queryRows } from '../../platform/db/query-rows.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { type DocumentFacts, factsCacheOf } from './document-facts.ts';
import type { DocumentType, SearchFilters } from './model.ts';
import { conceptPostingWord, placePostingWord } from './rules.ts';
import { searchDocuments, searchIndexState, searchTerms } from './tables.ts';
import type { WordMatch } from './text-ranking.ts';

export type DocumentRow = Omit<typeof searchDocuments.$inferInsert, 'number'>;
export type TermRow = typeof searchTerms.$inferInsert;
/** A document's row and the words it is found by (its postings). */
export type IndexedDocument = { row: DocumentRow; words: readonly string[] };

/** Which documents a search reads: the query's vocabulary words, each to its own depth, and the other sources. */
export type DocumentReads = {
  words: readonly { word: string; limit: number }[];
  /** With two or more query words: the closest word of each; the documents holding them all. */
  allWords: readonly string[] | null;
  conceptCodes: readonly string[];
  /** No words: the filters alone choose, newest first. */
  browse: boolean;
};

/** Document numbers, newest first: per vocabulary word, and per other source. */
export type FoundDocuments = {
  postings: Map<string, number[]>;
  allWords: number[];
  concepts: number[];
  browse: number[];
};

/** What a hit shows, and which document it is. */
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
export type TargetMatch = {
  target: string;
  confidence: number;
  matchedKey: string;
  keys: string[] | null;
  /** A place's names in every language, to show how the query was read. */
  names: PlaceName[] | null;
};
export type PlaceName = { term: string; language: Locale; weight: number };

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
                  then array(select s.key from search_terms s where s.target = ranked.target) end as keys,
                case when target like 'place:%'
                  then (select json_agg(json_build_object('term', s.term, 'language', s.language, 'weight', s.weight))
                        from search_terms s where s.target = ranked.target) end as names
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

    /**
     * In one statement, the documents that can be hits, each source at most its own depth and all
     * passing the filters: each word's newest documents (`postings`), those holding every query
     * word's closest word (`allWords`), those coded on the query's concepts (`concepts`) and, for a
     * search by filters alone, the newest of all (`browse`).
     */
    async findDocuments(reads: DocumentReads, filters: SearchFilters, size: number): Promise<FoundDocuments> {
      const found: FoundDocuments = { postings: new Map(), allWords: [], concepts: [], browse: [] };
      const parts = documentSources(reads, filterClauses(filters), size);
      if (parts.length === 0) return found;
      const rows = await queryRows<{ source: DocumentSource; word: string | null; documents: string }>(
        db,
        sql.join(parts, sql` union all `),
      );
      for (const row of rows) {
        const documents = parseIntArray(row.documents);
        if (row.source === 'word') found.postings.set(row.word!, documents);
        else found[row.source] = documents;
      }
      return found;
    },

    /**
     * The facts of these documents: from this instance's cache (see document-facts.ts), the rest
     * in one statement answered by the covering index on `number`. A number no longer in the
     * table (the document was deleted or rewritten since its postings were read) has none.
     */
    async readFacts(numbers: Iterable<number>): Promise<(number: number) => DocumentFacts | undefined> {
      const cache = factsCacheOf(db);
      const missing = [...numbers].filter((number) => !cache.get(number));
      if (missing.length > 0) {
        const rows = await queryRows<DocumentFacts>(
          db,
          sql`select number, type, id, kind, country_code as "countryCode", province_id as "provinceId",
                taxonomy_codes as "taxonomyCodes", hs_codes as "hsCodes",
                (extract(epoch from updated_at) * 1000)::float8 as "updatedAtMs"
              from search_documents where number = any(${toIntArray(missing)})`,
        );
        for (const row of rows) cache.add(row);
      }
      return (number) => cache.get(number);
    },

    /**
     * What the hits of a page show, for those whose row is still the document their facts name;
     * facts a row contradicts (a number given to another document by a restore) are forgotten.
     */
    async readDisplayRows(shown: readonly DocumentFacts[]): Promise<Map<number, DisplayRow>> {
      if (shown.length === 0) return new Map();
      const rows = await queryRows<DisplayRow & { number: number }>(
        db,
        sql`select number, type, id, language, title, body, path, is_demo as "isDemo"
            from search_documents where number = any(${toIntArray(shown.map((facts) => facts.number))})`,
      );
      const factsOf = new Map(shown.map((facts) => [facts.number, facts]));
      const cache = factsCacheOf(db);
      const display = new Map<number, DisplayRow>();
      for (const row of rows) {
        const facts = factsOf.get(row.number);
        if (facts?.type === row.type && facts.id === row.id) display.set(row.number, row);
        else cache.delete(row.number);
      }
      return display;
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

type DocumentSource = 'word' | 'allWords' | 'concepts' | 'browse';

/** The statement's parts, one row each: a word's documents or one other source's. */
function documentSources(reads: DocumentReads, filters: SQL, size: number): SQL[] {
  const parts: SQL[] = [];
  if (reads.words.length > 0) {
    parts.push(sql`(select 'word' as source, w.word, array${newestHolding(sql`w.word`, filters, sql`w.depth`)}::text as documents
      from unnest(${toTextArray(reads.words.map((entry) => entry.word))},
        ${toIntArray(reads.words.map((entry) => entry.limit))}) w(word, depth))`);
  }
  const other = (source: DocumentSource, documents: SQL) =>
    parts.push(sql`(select ${source}::text as source, null::text as word, array${documents}::text as documents)`);
  if (reads.allWords) other('allWords', allWordsArm(reads.allWords, filters, size));
  if (reads.conceptCodes.length > 0) other('concepts', conceptArm(reads.conceptCodes, filters, size));
  if (reads.browse) {
    other(
      'browse',
      sql`(select d.number from search_documents d where true ${filters}
      order by d.updated_at desc limit ${size})`,
    );
  }
  return parts;
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

/**
 * The documents holding each query word's closest vocabulary word, newest first: the ones a
 * many-word query is most about, found however old they are and however common each word is
 * (a merge of the words' postings, which stops once it has enough).
 */
function allWordsArm(words: readonly string[], filters: SQL, size: number): SQL {
  const [first, ...others] = words;
  const joins = others.map((word, index) => {
    const alias = sql.raw(`w${index}`);
    return sql`join search_postings ${alias} on ${alias}.word = ${word} and ${alias}.document = p.document`;
  });
  const filtered = filters.queryChunks.length > 0;
  return sql`(select p.document from search_postings p ${sql.join(joins, sql` `)}
    ${filtered ? sql`join search_documents d on d.number = p.document` : sql``}
    where p.word = ${first!} ${filters} order by p.document desc limit ${size})`;
}

/** The newest documents coded on any of the concepts (their codes are posting words too). */
function conceptArm(codes: readonly string[], filters: SQL, size: number): SQL {
  const words = codes.map(conceptPostingWord);
  return sql`(select p.document from unnest(${toTextArray(words)}) w(word)
    cross join lateral ${newestHolding(sql`w.word`, filters, size)} p
    order by p.document desc limit ${size})`;
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
const parseIntArray = (text: string) => (text === '{}' ? [] : text.slice(1, -1).split(',').map(Number));
const quoteArrayElement = (value: string) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
