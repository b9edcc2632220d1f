import { ITEM_KINDS } from '../../../src/domain/catalogue/model.ts';
import type { Locale } from '../i18n/locales.ts';

/** The facets a reader narrows a search by, as the API names them. */
export const SEARCH_FACETS = ['type', 'kind', 'country', 'province', 'sector', 'hs'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Hits per page; "more" asks for the next page with the cursor. */
const PAGE_SIZE = 20;

export type SearchState = { q: string; facets: Partial<Record<SearchFacet, string>> };

/** The search as the page's address holds it: `?q=икра&country=IR`. */
export function searchStateFrom(params: URLSearchParams): SearchState {
  const facets: Partial<Record<SearchFacet, string>> = {};
  for (const facet of SEARCH_FACETS) {
    const value = params.get(facet);
    if (value) facets[facet] = value;
  }
  return { q: params.get('q') ?? '', facets };
}

export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of SEARCH_FACETS) {
    const value = state.facets[facet];
    if (value) params.set(facet, value);
  }
  return params;
}

/** Choosing a facet value narrows to it; choosing it again widens back. */
export function toggleFacet(state: SearchState, facet: SearchFacet, value: string): SearchState {
  const facets = { ...state.facets };
  if (facets[facet] === value) delete facets[facet];
  else facets[facet] = value;
  return { ...state, facets };
}

export const hasSomethingToSearch = (state: SearchState) =>
  state.q.trim() !== '' || Object.keys(state.facets).length > 0;

export type SnippetPart = { text: string; marked: boolean };

/**
 * A snippet cut into plain and marked parts by the server's highlight ranges, so the page can
 * wrap the matching words in <mark> without building HTML from text. Ranges that overlap or fall
 * outside the text are clipped.
 */
export function snippetParts(snippet: string, highlights: readonly (readonly number[])[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [from = 0, to = 0] of [...highlights].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    const start = Math.max(from, at);
    const end = Math.min(to, snippet.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: snippet.slice(at, start), marked: false });
    parts.push({ text: snippet.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}

/** The API's query for a search as the page holds it, in the reader's language. */
export function apiQueryOf(state: SearchState, locale: Locale) {
  const { type, kind, country, province, sector, hs } = state.facets;
  return {
    q: state.q.trim() || undefined,
    lang: locale,
    type,
    kind: ITEM_KINDS.find((known) => known === kind),
    country,
    province,
    sector,
    hs,
    limit: PAGE_SIZE,
  };
}

/** The search as it is kept: the words and one value per facet, as the address holds them. */
export function savedQueryOf(state: SearchState): Record<string, string> {
  return Object.fromEntries(searchParamsOf(state).entries());
}
