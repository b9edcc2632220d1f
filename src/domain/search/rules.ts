import type { Locale } from '../../platform/i18n/locales.ts';
import { latinKey } from '../../platform/text/latin-key.ts';
import { normaliseText } from '../../platform/text/normalise-text.ts';
import type { ConceptMatch, ScoreParts, SearchFilters } from './model.ts';

/**
 * How a hit's score is made: how well its text holds the query (trigram word similarity on the
 * spelling keys), whether it is coded on a taxonomy node the query was read as (weighted by how
 * sure that reading is; a subcategory counts fully, its sector half), whether it belongs to a
 * place the query names, and how recently it changed (half-life of a year). Tuned on the labelled
 * evaluation set (`npm run bench:search`): once the curated words had doubled, weighing the concept
 * above the text raised nDCG@10 from 0.786 to 0.800, on the odd- and the even-numbered half of the
 * queries alike (+0.017, +0.010). The weights only matter when the query is read as a concept; a
 * query no concept matches ranks by its words alone.
 */
export const SCORE_WEIGHTS: ScoreParts = { text: 0.3, concept: 0.55, place: 0.1, freshness: 0.05 };
export const FRESHNESS_HALF_LIFE_DAYS = 365;

/** What a document earns for one concept read from the query: the codes that earn it, and how much each earns. */
export type ConceptCredit = { confidence: number; codes: [code: string, credit: number][] };

/**
 * A concept earns its confidence on documents coded on it, and half of it on documents of its
 * sector, so the rest of the sector ranks after the subcategory but before unrelated documents.
 * The concept score is the mean of the best concept's credit and the share of all the query's
 * concepts a document earns: "port crane training" ranks what is both training and port work
 * above what is only one of them.
 */
export function conceptCredits(concepts: readonly ConceptMatch[]): ConceptCredit[] {
  return concepts.map(({ code, confidence }) => {
    const sector = code.includes('.') ? code.split('.')[0]! : null;
    const codes: [string, number][] = [[code, confidence]];
    if (sector) codes.push([sector, confidence / 2]);
    return { confidence, codes };
  });
}

/** Whether anything narrows the search besides its words. */
export const hasFilters = (filters: SearchFilters): boolean =>
  Boolean(
    filters.types?.length ||
      filters.kind ||
      filters.countries?.length ||
      filters.provinces?.length ||
      filters.sector ||
      filters.hsChapter ||
      filters.changedSince,
  );

export const FACETS = ['type', 'kind', 'country', 'province', 'sector', 'hs'] as const;
export type Facet = (typeof FACETS)[number];
export type Facets = Record<Facet, { value: string; count: number }[]>;

/** What a facet counts of a hit. */
export type FacetedHit = {
  type: string;
  kind: string | null;
  countryCode: string | null;
  provinceId: string | null;
  taxonomyCodes: readonly string[];
  hsCodes: readonly string[];
};

/**
 * How many of the hits each facet value would keep, most first: sectors are the codes without a
 * dot, and a hit with several HS codes in one chapter counts once for it.
 */
export function countFacets(hits: readonly FacetedHit[]): Facets {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const add = (facet: Facet, values: Iterable<string | null>) => {
    for (const value of new Set(values)) if (value) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  for (const hit of hits) {
    add('type', [hit.type]);
    add('kind', [hit.kind]);
    add('country', [hit.countryCode]);
    add('province', [hit.provinceId]);
    add(
      'sector',
      hit.taxonomyCodes.filter((code) => !code.includes('.')),
    );
    add(
      'hs',
      hit.hsCodes.map((code) => code.slice(0, 2)),
    );
  }
  const sorted = (values: Map<string, number>) =>
    [...values]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return Object.fromEntries(FACETS.map((facet) => [facet, sorted(counts[facet])])) as Facets;
}

/** The score parts weighed together (SCORE_WEIGHTS): what candidates are ranked by. */
export function weighScore(parts: ScoreParts): number {
  return (
    parts.text * SCORE_WEIGHTS.text +
    parts.concept * SCORE_WEIGHTS.concept +
    parts.place * SCORE_WEIGHTS.place +
    parts.freshness * SCORE_WEIGHTS.freshness
  );
}

/** The score a hit shows, to three decimals. */
export const blendScore = (parts: ScoreParts): number => Math.round(weighScore(parts) * 1000) / 1000;

/**
 * A query as search uses it: its normal form, the spelling key of all its words (to read
 * concepts and places from) and the words that can find documents by themselves; null when
 * nothing in it can be searched (punctuation only).
 */
export type PreparedQuery = { text: string; key: string; words: string[]; findingWords: string[] };

/**
 * Words too common to find anything by themselves, in the six languages (compared by spelling
 * key): "offer of rice for Astrakhan" finds by rice and Astrakhan.
 */
const STOP_WORDS: Record<Locale, string> = {
  en: 'the and for from with into per our are',
  ru: 'для или при как что это под над',
  fa: 'برای این آن که را با از در به یا تا',
  az: 'üçün ilə və bir olan',
  kk: 'және үшін мен бен пен бір',
  tk: 'üçin bilen hem we',
};
const STOP_KEYS = new Set(Object.values(STOP_WORDS).flatMap((words) => words.split(' ').map(latinKey)));

/** A query finds by its first this many words; a pasted paragraph costs no more than a sentence. */
export const MAX_FINDING_WORDS = 12;

/** Longer "words" are codes or junk; the index keeps each word as one short key. */
const MAX_WORD_LENGTH = 40;

/** A word finds documents by itself when it is not a stop word and has three letters, or is a number. */
const isFindingWord = (key: string) =>
  !STOP_KEYS.has(key) && key.length <= MAX_WORD_LENGTH && (key.length >= 3 || /^\d+$/.test(key));

/** The words a document is indexed by: those a query could find it by. */
export const indexWordsOf = (text: string): string[] => wordKeysOf(text).filter(isFindingWord);

/** The finding words of a stored spelling key (words already keyed, joined by spaces). */
export const findingWordsOfKey = (key: string): string[] => key.split(' ').filter(isFindingWord);

/** A taxonomy code as a posting word: '§' is no letter, so no spelling key is ever one. */
export const conceptPostingWord = (code: string) => `§${code}`;
/** A province as a posting word: a query word naming a place finds what lies there. */
export const placePostingWord = (provinceId: string) => `§place:${provinceId}`;

const WORD = /[\p{L}\p{N}]+/gu;

export function prepareQuery(raw: string): PreparedQuery | null {
  const text = normaliseText(raw);
  const words = wordKeysOf(text);
  if (words.length === 0) return null;
  return { text, key: words.join(' '), words, findingWords: words.filter(isFindingWord).slice(0, MAX_FINDING_WORDS) };
}

/** The spelling keys of a text's words, without punctuation: how terms and queries are compared. */
export function wordKeysOf(text: string): string[] {
  return [...new Set((normaliseText(text).match(WORD) ?? []).map(latinKey))];
}

export type Snippet = { text: string; highlights: [number, number][] };

/**
 * A part of `text` around the first word that matches the query, with the matching words marked.
 * Words are compared by spelling key, and a word that starts with a query word (or the other way
 * round, for words of four letters or more) matches, so «икру» is marked for «икра».
 */
export function cutSnippet(text: string, queryWords: readonly string[], maxLength = 220): Snippet {
  const matches = [...text.matchAll(WORD)]
    .filter((match) => isWordMatch(latinKey(match[0]), queryWords))
    .map((match): [number, number] => [match.index, match.index + match[0].length]);
  const start = windowStart(text, matches[0]?.[0] ?? 0, maxLength);
  const end = Math.min(text.length, start + maxLength);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const highlights = matches
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from - start + prefix.length, to - start + prefix.length]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}

/** Whether a word (its spelling key) is one of the query's, or the same word inflected. */
export function isWordMatch(wordKey: string, queryWords: readonly string[]): boolean {
  return queryWords.some(
    (query) =>
      wordKey === query ||
      (query.length >= 3 && wordKey.startsWith(query)) ||
      (wordKey.length >= 4 && query.startsWith(wordKey)) ||
      (query.length >= 4 && wordKey.startsWith(query.slice(0, -1))),
  );
}

/** The window starts a little before the first match, at a word boundary. */
function windowStart(text: string, firstMatch: number, maxLength: number): number {
  if (text.length <= maxLength || firstMatch < maxLength / 4) return 0;
  const rough = Math.min(firstMatch - Math.floor(maxLength / 4), text.length - maxLength);
  const space = text.indexOf(' ', rough);
  return space === -1 || space > firstMatch ? rough : space + 1;
}

/** FNV-1a, enough to tell a cursor of one query from another's. */
export function fingerprintOf(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export type Cursor = { offset: number; query: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.offset, cursor.query])).toString('base64url');
}

/** Null for anything that is not a cursor this server wrote. */
export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [offset, query] = parsed;
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000 || typeof query !== 'string') return null;
    return { offset, query };
  } catch {
    return null;
  }
}
