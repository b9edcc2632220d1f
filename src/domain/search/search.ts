import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type LocalizedText, textIn } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { listTaxonomy } from '../taxonomy/service.ts';
import type { ConceptMatch, DocumentType, PlaceMatch, ScoreParts, SearchFilters } from './model.ts';
import {
  type CandidateQuery,
  createSearchRepository,
  type DisplayRow,
  POSTINGS_PER_WORD,
  type ScoredRow,
} from './repository.ts';
import { closestWords, rankByText, type TextHit, type WordMatch } from './text-ranking.ts';
import {
  BORROWED_POSTINGS_PER_WORD,
  expansionMatches,
  expansionsOf,
  type PlaceReading,
  placeMatches,
  type ThesaurusReading,
} from './query-expansion.ts';
import {
  blendScore,
  conceptCredits,
  countFacets,
  hasFilters,
  cutSnippet,
  type Facets,
  decodeCursor,
  encodeCursor,
  fingerprintOf,
  type PreparedQuery,
  prepareQuery,
} from './rules.ts';

export type SearchRequest = SearchFilters & { q?: string; lang?: Locale; limit: number; cursor?: string };

export type SearchHit = {
  type: DocumentType;
  id: string;
  title: string;
  snippet: string;
  highlights: [number, number][];
  language: Locale;
  url: string;
  taxonomyCodes: string[];
  score: number;
  why: ScoreParts & { concepts: string[] };
  isDemo: boolean;
  kind: 'offer' | 'need' | null;
};

export type SearchAnswer = {
  results: SearchHit[];
  concepts: (ConceptMatch & { label: string })[];
  places: (PlaceMatch & { name: string })[];
  facets: Facets;
  counted: { hits: number; complete: boolean };
  nextCursor: string | null;
};

/** Concepts read with less confidence than this are not shown, nor used to find documents. */
const MIN_CONFIDENCE = 0.6;
/** Facets count the best this many hits: what narrowing by a facet would keep (a page says "500+" beyond). */
const FACET_DEPTH = 500;

/**
 * One search over everything public: the query is read as taxonomy concepts and places (through
 * the curated terms and the gazetteer) and matched as text through spelling keys, its words
 * joined by their translations from the thesaurus, so an item is found whatever language and
 * script it is written in.
 */
export async function search(context: RequestContext, request: SearchRequest): Promise<SearchAnswer> {
  const locale = request.lang ?? context.locale;
  const prepared = request.q ? prepareQuery(request.q) : null;
  const offset = offsetOf(request, locale);
  if (!prepared && !hasFilters(request)) return EMPTY_ANSWER;
  const repo = createSearchRepository(context.db);
  const { readings, directMatches } = prepared
    ? await readQuery(context, prepared)
    : { readings: NO_READINGS, directMatches: [] };
  const labels = readings.concepts.length > 0 ? await taxonomyLabels(context) : new Map<string, LocalizedText>();
  const concepts = readings.concepts.filter((concept) => labels.has(concept.code));
  const expansions = prepared ? expansionsOf(readings.thesaurus, prepared.findingWords) : [];
  const borrowedMatches = [
    ...expansionMatches(expansions),
    ...placeMatches(readings.places, prepared?.findingWords ?? []),
  ];
  const wordMatches = [...directMatches, ...borrowedMatches];
  // One more than the facets count, to know whether they count every hit.
  const size = Math.max(FACET_DEPTH + 1, offset + request.limit + 1);
  const postings = await repo.findPostings(postingDepths(directMatches, borrowedMatches), request);
  const queryWordCount = prepared?.findingWords.length ?? 0;
  const textHits = rankByText(wordMatches, postings, queryWordCount, size);
  const query = candidateQuery(
    { prepared, readings: { ...readings, concepts }, wordMatches, textHits },
    request,
    context.now,
  );
  const { best, shown } = await repo.findBest(query, size, { offset, limit: request.limit });
  const counted = best.slice(0, FACET_DEPTH);
  const highlightWords = [...(prepared?.words ?? []), ...expansions.map((expansion) => expansion.word)];
  return {
    results: shown.map((row) => toHit(row, locale, highlightWords, query)),
    concepts: concepts.map((concept) => ({
      ...concept,
      label: textIn(labels.get(concept.code), locale) || concept.code,
    })),
    places: await namedPlaces(context, readings.places, locale),
    facets: countFacets(counted),
    counted: { hits: counted.length, complete: best.length <= FACET_DEPTH },
    nextCursor:
      best.length > offset + request.limit
        ? encodeCursor({ offset: offset + request.limit, query: queryFingerprint(request, locale) })
        : null,
  };
}

type Readings = { concepts: ConceptMatch[]; places: PlaceReading[]; thesaurus: ThesaurusReading[] };
const NO_READINGS: Readings = { concepts: [], places: [], thesaurus: [] };

async function taxonomyLabels(context: RequestContext): Promise<Map<string, LocalizedText>> {
  const nodes = await listTaxonomy(context, { includeRetired: false });
  return new Map(nodes.map((node) => [node.code, node.labels]));
}

/**
 * The concepts, places and thesaurus groups a query names (retired nodes are left out by the
 * caller), and the vocabulary words its finding words resemble.
 */
async function readQuery(context: RequestContext, prepared: PreparedQuery) {
  const { targets, matches } = await createSearchRepository(context.db).readQueryWords(prepared);
  const sure = targets.filter((target) => target.confidence >= MIN_CONFIDENCE);
  const concepts = sure
    .filter((target) => target.target.startsWith('taxonomy:'))
    .map((target) => ({ code: target.target.slice('taxonomy:'.length), confidence: round(target.confidence) }));
  const places = sure
    .filter((target) => target.target.startsWith('place:'))
    .map((target) => ({
      provinceId: target.target.slice('place:'.length),
      confidence: round(target.confidence),
      matchedKey: target.matchedKey,
    }));
  const thesaurus = sure.flatMap((target) => (target.keys ? [{ ...target, keys: target.keys }] : []));
  const readings: Readings = { concepts, places, thesaurus };
  return { readings, directMatches: matches };
}

/** Each word's depth: a typed word's newest documents in full, a borrowed one's fewer. */
function postingDepths(direct: readonly WordMatch[], borrowed: readonly WordMatch[]) {
  const depths = new Map<string, number>();
  for (const match of borrowed) depths.set(match.word, BORROWED_POSTINGS_PER_WORD);
  for (const match of direct) depths.set(match.word, POSTINGS_PER_WORD);
  return [...depths].map(([word, limit]) => ({ word, limit }));
}

function candidateQuery(
  read: { prepared: PreparedQuery | null; readings: Readings; wordMatches: WordMatch[]; textHits: TextHit[] },
  request: SearchRequest,
  now: Date,
): CandidateQuery {
  const { prepared, readings, wordMatches, textHits } = read;
  const queryWordCount = prepared?.findingWords.length ?? 0;
  return {
    textHits,
    allWords: queryWordCount > 1 ? closestWords(wordMatches, queryWordCount) : null,
    conceptCodes: readings.concepts.map((concept) => concept.code),
    conceptCredits: conceptCredits(readings.concepts),
    placeWeights: new Map(readings.places.map((place) => [place.provinceId, place.confidence])),
    filters: request,
    now,
    browse: !prepared,
  };
}

function toHit(
  row: ScoredRow & DisplayRow,
  locale: Locale,
  highlightWords: readonly string[],
  query: CandidateQuery,
): SearchHit {
  const language = row.title[locale] ? locale : row.language;
  const body = row.body[language] ?? row.body[row.language] ?? '';
  const snippet = cutSnippet(body, highlightWords);
  const parts = {
    text: round(row.textScore),
    concept: round(row.conceptScore),
    place: round(row.placeScore),
    freshness: round(row.freshness),
  };
  return {
    type: row.type,
    id: row.id,
    title: textIn(row.title, language),
    snippet: snippet.text,
    highlights: snippet.highlights,
    language,
    url: `/${locale}${row.path}`,
    taxonomyCodes: ownCodes(row.taxonomyCodes),
    score: blendScore(parts),
    why: { ...parts, concepts: row.taxonomyCodes.filter((code) => query.conceptCodes.includes(code)) },
    isDemo: row.isDemo,
    kind: row.kind,
  };
}

/** The codes a document was given, without the sectors added for search. */
function ownCodes(codes: readonly string[]): string[] {
  return codes.filter((code) => code.includes('.') || !codes.some((other) => other.startsWith(`${code}.`)));
}

async function namedPlaces(context: RequestContext, places: readonly PlaceMatch[], locale: Locale) {
  const repo = createSearchRepository(context.db);
  const named = [];
  for (const place of places) {
    const names = await repo.listTerms(`place:${place.provinceId}`);
    const best = [...names].sort((a, b) => b.weight - a.weight);
    const name =
      best.find((term) => term.language === locale) ?? best.find((term) => term.language === 'en') ?? best[0];
    named.push({ provinceId: place.provinceId, confidence: place.confidence, name: name?.term ?? place.provinceId });
  }
  return named;
}

function offsetOf(request: SearchRequest, locale: Locale): number {
  if (!request.cursor) return 0;
  const cursor = decodeCursor(request.cursor);
  if (!cursor || cursor.query !== queryFingerprint(request, locale)) {
    throw new AppError('search_cursor_invalid', {}, { field: 'cursor' });
  }
  return cursor.offset;
}

/** A cursor belongs to one query: its words, filters, language and page size. */
function queryFingerprint(request: SearchRequest, locale: Locale): string {
  const { cursor: _cursor, ...rest } = request;
  return fingerprintOf(JSON.stringify({ ...rest, lang: locale }));
}

const EMPTY_ANSWER: SearchAnswer = {
  results: [],
  concepts: [],
  places: [],
  facets: countFacets([]),
  counted: { hits: 0, complete: true },
  nextCursor: null,
};

const round = (value: number) => Math.round(value * 1000) / 1000;
