import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type LocalizedText, textIn } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { activeTaxonomyLabels } from '../taxonomy/service.ts';
import { type CandidateScoring, rankCandidates, type ScoredCandidate } from './candidate-scoring.ts';
import type { ConceptMatch, DocumentType, PlaceMatch, ScoreParts, SearchFilters } from './model.ts';
import { createSearchRepository, type DisplayRow, type PlaceName, POSTINGS_PER_WORD } from './repository.ts';
import { closestWords, rankByText, type WordMatch } from './text-ranking.ts';
import {
  BORROWED_POSTINGS_PER_WORD,
  expansionMatches,
  expansionsOf,
  type PlaceReading,
  placeMatches,
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
  const read = prepared ? await readQuery(context, prepared) : UNREAD_QUERY;
  // One more than the facets count, to know whether they count every hit.
  const size = Math.max(FACET_DEPTH + 1, offset + request.limit + 1);
  const textScores = await findCandidates(context, read, request, size);
  const repo = createSearchRepository(context.db);
  const best = rankCandidates(textScores, await repo.readFacts(textScores.keys()), scoringOf(read, context.now), size);
  const shown = best.slice(offset, offset + request.limit);
  const display = await repo.readDisplayRows(shown.map((candidate) => candidate.facts));
  const counted = best.slice(0, FACET_DEPTH);
  const conceptCodes = read.concepts.map((concept) => concept.code);
  return {
    results: shown.flatMap((candidate) => {
      const row = display.get(candidate.facts.number);
      return row ? [toHit(candidate, row, locale, read.highlightWords, conceptCodes)] : [];
    }),
    concepts: read.concepts.map((concept) => ({
      ...concept,
      label: textIn(read.labels.get(concept.code), locale) || concept.code,
    })),
    places: namedPlaces(read.places, locale),
    facets: countFacets(counted.map((candidate) => candidate.facts)),
    counted: { hits: counted.length, complete: best.length <= FACET_DEPTH },
    nextCursor:
      best.length > offset + request.limit
        ? encodeCursor({ offset: offset + request.limit, query: queryFingerprint(request, locale) })
        : null,
  };
}

/** How a query was read: what it names, the vocabulary words standing for its words, what to mark in snippets. */
type ReadQuery = {
  concepts: ConceptMatch[];
  labels: Map<string, LocalizedText>;
  places: PlacesRead;
  queryWordCount: number;
  directMatches: WordMatch[];
  borrowedMatches: WordMatch[];
  highlightWords: string[];
};
type PlacesRead = (PlaceReading & { names: readonly PlaceName[] })[];

/** A search by filters alone. */
const UNREAD_QUERY: ReadQuery = {
  concepts: [],
  labels: new Map(),
  places: [],
  queryWordCount: 0,
  directMatches: [],
  borrowedMatches: [],
  highlightWords: [],
};

/**
 * The concepts (active taxonomy nodes only), places and thesaurus groups a query names, and the
 * vocabulary words its finding words resemble or are translated by.
 */
async function readQuery(context: RequestContext, prepared: PreparedQuery): Promise<ReadQuery> {
  const { targets, matches } = await createSearchRepository(context.db).readQueryWords(prepared);
  const sure = targets.filter((target) => target.confidence >= MIN_CONFIDENCE);
  const named = sure
    .filter((target) => target.target.startsWith('taxonomy:'))
    .map((target) => ({ code: target.target.slice('taxonomy:'.length), confidence: round(target.confidence) }));
  const labels = await activeTaxonomyLabels(
    context,
    named.map((concept) => concept.code),
  );
  const places = sure
    .filter((target) => target.target.startsWith('place:'))
    .map((target) => ({
      provinceId: target.target.slice('place:'.length),
      confidence: round(target.confidence),
      matchedKey: target.matchedKey,
      names: target.names ?? [],
    }));
  const thesaurus = sure.flatMap((target) => (target.keys ? [{ ...target, keys: target.keys }] : []));
  const expansions = expansionsOf(thesaurus, prepared.findingWords);
  return {
    concepts: named.filter((concept) => labels.has(concept.code)),
    labels,
    places,
    queryWordCount: prepared.findingWords.length,
    directMatches: matches,
    borrowedMatches: [...expansionMatches(expansions), ...placeMatches(places, prepared.findingWords)],
    highlightWords: [...prepared.words, ...expansions.map((expansion) => expansion.word)],
  };
}

/**
 * Every document that can be a hit, with its text score: the text arm's as ranked from the
 * postings, a document holding every query word at least the all-words score, the documents of
 * the query's concepts (or, by filters alone, the newest) none.
 */
async function findCandidates(
  context: RequestContext,
  read: ReadQuery,
  filters: SearchFilters,
  size: number,
): Promise<Map<number, number>> {
  const wordMatches = [...read.directMatches, ...read.borrowedMatches];
  const allWords = read.queryWordCount > 1 ? closestWords(wordMatches, read.queryWordCount) : null;
  const found = await createSearchRepository(context.db).findDocuments(
    {
      words: postingDepths(read.directMatches, read.borrowedMatches),
      allWords: allWords?.words ?? null,
      conceptCodes: read.concepts.map((concept) => concept.code),
      browse: read === UNREAD_QUERY,
    },
    filters,
    size,
  );
  const scores = new Map<number, number>();
  for (const hit of rankByText(wordMatches, found.postings, read.queryWordCount, size)) {
    scores.set(hit.document, hit.textScore);
  }
  for (const document of found.allWords) {
    scores.set(document, Math.max(scores.get(document) ?? 0, allWords?.textScore ?? 0));
  }
  for (const document of [...found.concepts, ...found.browse]) if (!scores.has(document)) scores.set(document, 0);
  return scores;
}

function scoringOf(read: ReadQuery, now: Date): CandidateScoring {
  return {
    conceptCredits: conceptCredits(read.concepts),
    placeWeights: new Map(read.places.map((place) => [place.provinceId, place.confidence])),
    nowMs: now.getTime(),
  };
}

/** Each word's depth: a typed word's newest documents in full, a borrowed one's fewer. */
function postingDepths(direct: readonly WordMatch[], borrowed: readonly WordMatch[]) {
  const depths = new Map<string, number>();
  const deepen = (match: WordMatch, full: number) =>
    depths.set(match.word, Math.max(depths.get(match.word) ?? 0, depthFor(match.similarity, full)));
  for (const match of borrowed) deepen(match, BORROWED_POSTINGS_PER_WORD);
  for (const match of direct) deepen(match, POSTINGS_PER_WORD);
  return [...depths].map(([word, limit]) => ({ word, limit }));
}

/**
 * A word's documents earn its similarity at most, so a loose neighbour («ikry» for «ikra» at 0.6)
 * seldom brings a document into the best few hundred: it reads fewer of them (0.6 → 36 %). A
 * search reads some forty words; at full depth each, the postings were a third of its time.
 */
const depthFor = (similarity: number, full: number) =>
  Math.max(MIN_POSTINGS_PER_WORD, Math.round(full * similarity * similarity));
const MIN_POSTINGS_PER_WORD = 50;

function toHit(
  candidate: ScoredCandidate,
  row: DisplayRow,
  locale: Locale,
  highlightWords: readonly string[],
  conceptCodes: readonly string[],
): SearchHit {
  const language = row.title[locale] ? locale : row.language;
  const body = row.body[language] ?? row.body[row.language] ?? '';
  const snippet = cutSnippet(body, highlightWords);
  const parts = {
    text: round(candidate.textScore),
    concept: round(candidate.conceptScore),
    place: round(candidate.placeScore),
    freshness: round(candidate.freshness),
  };
  return {
    type: candidate.facts.type,
    id: candidate.facts.id,
    title: textIn(row.title, language),
    snippet: snippet.text,
    highlights: snippet.highlights,
    language,
    url: `/${locale}${row.path}`,
    taxonomyCodes: ownCodes(candidate.facts.taxonomyCodes),
    score: blendScore(parts),
    why: { ...parts, concepts: candidate.facts.taxonomyCodes.filter((code) => conceptCodes.includes(code)) },
    isDemo: row.isDemo,
    kind: candidate.facts.kind,
  };
}

/** The codes a document was given, without the sectors added for search. */
function ownCodes(codes: readonly string[]): string[] {
  return codes.filter((code) => code.includes('.') || !codes.some((other) => other.startsWith(`${code}.`)));
}

/** Each place the query was read as, by its weightiest name in the reader's language (or English). */
function namedPlaces(places: PlacesRead, locale: Locale): SearchAnswer['places'] {
  return places.map((place) => {
    const byWeight = [...place.names].sort((a, b) => b.weight - a.weight);
    const name =
      byWeight.find((term) => term.language === locale) ??
      byWeight.find((term) => term.language === 'en') ??
      byWeight[0];
    return { provinceId: place.provinceId, confidence: place.confidence, name: name?.term ?? place.provinceId };
  });
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
