import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { commaSeparated } from '../../platform/schema/query-params.ts';
import { HsCode, TaxonomyCode } from '../taxonomy/schema.ts';
import { DOCUMENT_TYPES, SEARCH_QUERY_MAX_LENGTH } from './model.ts';
import type { SearchRequest } from './search.ts';

export const SearchQuery = z
  .object({
    q: z
      .string()
      .max(SEARCH_QUERY_MAX_LENGTH)
      .optional()
      .describe('Words in any of the six languages and scripts; empty with filters lists by the filters alone'),
    lang: LocaleSchema.optional().describe('Language of titles, snippets and labels; the request language by default'),
    type: commaSeparated(z.enum(DOCUMENT_TYPES), 5).optional().describe('Types of hits, comma-separated'),
    kind: z.enum(['offer', 'need']).optional().describe('Offers or needs only'),
    country: commaSeparated(z.string().regex(/^[A-Z]{2}$/))
      .optional()
      .describe('ISO country codes, comma-separated'),
    province: commaSeparated(z.string().min(1).max(64)).optional().describe('Province ids, comma-separated'),
    sector: TaxonomyCode.optional().describe('A sector or subcategory; a sector includes its subcategories'),
    hs: HsCode.optional().describe('HS code; its chapter (first two digits) is used'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(200).optional().describe('nextCursor of the previous page of the same search'),
  })
  .strict();

/** The search a query string asks for, in the domain's names. */
export function searchRequestOf(query: z.output<typeof SearchQuery>): SearchRequest {
  const { type, country, province, hs, ...rest } = query;
  return { ...rest, types: type, countries: country, provinces: province, hsChapter: hs?.slice(0, 2) };
}

const ScorePartsView = {
  text: z.number().describe('How well the text holds the query, 0–1'),
  concept: z.number().describe('How well its taxonomy codes match the concepts read from the query, 0–1'),
  place: z.number().describe('Whether it belongs to a place the query names, 0–1'),
  freshness: z.number().describe('How recently it changed, 1 today, 0.5 a year ago'),
};

export const SearchHitView = z.object({
  type: z.enum(DOCUMENT_TYPES),
  id: z.string(),
  title: z.string().describe('In the reader’s language when written in it, else in the original'),
  snippet: z.string().describe('A part of the text around the first word that matches'),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])).describe('Start and end of each matching word'),
  language: LocaleSchema.describe('Language of title and snippet'),
  url: z.string().describe('The page that shows it'),
  taxonomyCodes: z.array(z.string()),
  score: z.number(),
  why: z.object({ ...ScorePartsView, concepts: z.array(z.string()).describe('Concepts of the query it is coded on') }),
  isDemo: z.boolean().describe('Invented demo content'),
  kind: z.enum(['offer', 'need']).nullable().describe('Offer or need, for an item; null for everything else'),
});

const FacetValues = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const SearchAnswerView = z.object({
  results: z.array(SearchHitView),
  concepts: z
    .array(z.object({ code: z.string(), label: z.string(), confidence: z.number() }))
    .describe('The taxonomy nodes the query was read as, labelled in the reader’s language'),
  places: z
    .array(z.object({ provinceId: z.string(), name: z.string(), confidence: z.number() }))
    .describe('The places the query names'),
  facets: z
    .object({
      type: FacetValues,
      kind: FacetValues,
      country: FacetValues,
      province: FacetValues,
      sector: FacetValues,
      hs: FacetValues,
    })
    .describe('Counts per facet value among the hits counted (see `counted`)'),
  counted: z
    .object({
      hits: z.number().int().describe('How many hits the facets count: all of them, or the best 500'),
      complete: z.boolean().describe('False when there are more hits than were counted'),
    })
    .describe('What the facet counts cover, so a page can say "500+ results"'),
  nextCursor: z.string().nullable(),
});

const TermListView = z.object({
  language: LocaleSchema,
  terms: z.array(z.string().trim().min(1).max(80)).max(60),
  needsReview: z.boolean().describe('The list awaits a native speaker’s check'),
});

export const TaxonomyTermsParam = z.object({ code: TaxonomyCode }).strict();
export const TaxonomyTermsView = z.object({ code: z.string(), lists: z.array(TermListView) });
export const ReplaceTaxonomyTermsRequest = z.object({ lists: z.array(TermListView.strict()).max(6) }).strict();

export const ReindexView = z.object({ indexed: z.number().int().describe('Documents in the rebuilt index') });
