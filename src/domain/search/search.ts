import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type LocalizedText, textIn } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { listTaxonomy } from '../taxonomy/service.ts';
import type { ConceptMatch, DocumentType, PlaceMatch, ScoreParts, SearchFilters } from './model.ts';
import { type CandidateQuery, type CandidateRow, createSearchRepository, type FacetRow } from './repository.ts';
import {
  blendScore,
  cutSnippet,
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

const FACETS = ['type', 'kind', 'country', 'province', 'sector', 'hs'] as const;
type Facet = (typeof FACETS)[number];

export type SearchAnswer = {
  results: SearchHit[];
  concepts: (ConceptMatch & { label: string })[];
  places: (PlaceMatch & { name: string })[];
  facets: Record<Facet, { value: string; count: number }[]>;
  nextCursor: string | null;
};

/** Concepts read with less confidence than this are not shown, nor used to find documents. */
const MIN_CONFIDENCE = 0.6;

/**
 * One search over everything public: the query is read as taxonomy concepts and places (through
 * the curated terms and the gazetteer) and matched as text through spelling keys, so an item is
 * found whatever language and script it is written in.
 */
export async function search(context: RequestContext, request: SearchRequest): Promise<SearchAnswer> {
  const locale = request.lang ?? context.locale;
  const prepared = request.q ? prepareQuery(request.q) : null;
  const offset = offsetOf(request, locale);
  const labels = await taxonomyLabels(context);
  const readings = prepared ? await readQuery(context, prepared, labels) : { concepts: [], places: [] };
  const query = candidateQuery(prepared, readings, request, context.now);
  if (!prepared && !hasFilters(request)) return EMPTY_ANSWER;
  const repo = createSearchRepository(context.db);
  const rows = await repo.findCandidates(query, request.limit + 1, offset);
  const facets = await repo.countFacets(query);
  const concepts = readings.concepts.map((concept) => ({
    ...concept,
    label: textIn(labels.get(concept.code), locale) || concept.code,
  }));
  return {
    results: rows.slice(0, request.limit).map((row) => toHit(row, locale, prepared, query)),
    concepts,
    places: await namedPlaces(context, readings.places, locale),
    facets: groupFacets(facets),
    nextCursor:
      rows.length > request.limit
        ? encodeCursor({ offset: offset + request.limit, query: queryFingerprint(request, locale) })
        : null,
  };
}

type Readings = { concepts: ConceptMatch[]; places: PlaceMatch[] };

async function taxonomyLabels(context: RequestContext): Promise<Map<string, LocalizedText>> {
  const nodes = await listTaxonomy(context, { includeRetired: false });
  return new Map(nodes.map((node) => [node.code, node.labels]));
}

/** The concepts and places a query names; a retired node is not read into a query. */
async function readQuery(
  context: RequestContext,
  prepared: PreparedQuery,
  labels: ReadonlyMap<string, LocalizedText>,
): Promise<Readings> {
  const targets = await createSearchRepository(context.db).findTargets(prepared.key);
  const sure = targets.filter((target) => target.confidence >= MIN_CONFIDENCE);
  const concepts = sure
    .filter((target) => target.target.startsWith('taxonomy:'))
    .map((target) => ({ code: target.target.slice('taxonomy:'.length), confidence: round(target.confidence) }))
    .filter((concept) => labels.has(concept.code));
  const places = sure
    .filter((target) => target.target.startsWith('place:'))
    .map((target) => ({ provinceId: target.target.slice('place:'.length), confidence: round(target.confidence) }));
  return { concepts, places };
}

/**
 * A concept counts fully on documents coded on it; a subcategory's sector counts half, so the
 * rest of the sector ranks after the subcategory but before unrelated documents.
 */
function candidateQuery(
  prepared: PreparedQuery | null,
  readings: Readings,
  request: SearchRequest,
  now: Date,
): CandidateQuery {
  const conceptWeights = new Map<string, number>();
  for (const { code, confidence } of readings.concepts) {
    conceptWeights.set(code, Math.max(conceptWeights.get(code) ?? 0, confidence));
    const sector = code.includes('.') ? code.split('.')[0]! : null;
    if (sector) conceptWeights.set(sector, Math.max(conceptWeights.get(sector) ?? 0, confidence / 2));
  }
  return {
    words: prepared?.findingWords ?? [],
    conceptCodes: readings.concepts.map((concept) => concept.code),
    conceptWeights,
    placeWeights: new Map(readings.places.map((place) => [place.provinceId, place.confidence])),
    filters: request,
    now,
    browse: !prepared,
  };
}

function toHit(row: CandidateRow, locale: Locale, prepared: PreparedQuery | null, query: CandidateQuery): SearchHit {
  const language = row.title[locale] ? locale : row.language;
  const body = row.body[language] ?? row.body[row.language] ?? '';
  const snippet = cutSnippet(body, prepared?.words ?? []);
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
    named.push({ ...place, name: name?.term ?? place.provinceId });
  }
  return named;
}

function groupFacets(rows: readonly FacetRow[]): SearchAnswer['facets'] {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as SearchAnswer['facets'];
  for (const row of rows) facets[row.facet as Facet]?.push({ value: row.value, count: row.count });
  for (const values of Object.values(facets))
    values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
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

const hasFilters = (request: SearchRequest) =>
  Boolean(
    request.types?.length ||
      request.kind ||
      request.countries?.length ||
      request.provinces?.length ||
      request.sector ||
      request.hsChapter,
  );

const EMPTY_ANSWER: SearchAnswer = {
  results: [],
  concepts: [],
  places: [],
  facets: groupFacets([]),
  nextCursor: null,
};

const round = (value: number) => Math.round(value * 1000) / 1000;
