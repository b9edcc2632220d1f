import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/** What can be found: offers and needs, province profiles, exhibitors, programme sessions and speakers. */
export const DOCUMENT_TYPES = ['item', 'province', 'exhibitor', 'session', 'speaker'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Longer queries are refused: nobody types more, and every word costs the query time. */
export const SEARCH_QUERY_MAX_LENGTH = 300;

/**
 * A public thing as search sees it, handed in by the capability that owns it whenever it is
 * written, in the same transaction: the index is never behind what a reader can open.
 */
export type SearchDocumentInput = {
  type: DocumentType;
  id: string;
  /** The language it was written in; a hit in another language than the reader's names it. */
  language: Locale;
  title: LocalizedText;
  /** The text to find it by and to cut snippets from, per language. */
  body: LocalizedText;
  /** Names and words that find it but are not shown (an organisation, product names, a speaker's role). */
  extraTerms: readonly string[];
  kind: 'offer' | 'need' | null;
  countryCode: string | null;
  provinceId: string | null;
  taxonomyCodes: readonly string[];
  hsCodes: readonly string[];
  /** The page that shows it, without the language prefix: `/catalogue/<id>`. */
  path: string;
  isDemo: boolean;
  updatedAt: Date;
};

/** A taxonomy node the query was read as, and how sure the reading is (0–1). */
export type ConceptMatch = { code: string; confidence: number };

/** A place named in the query (a province, its capital, a port), from the gazetteer. */
export type PlaceMatch = { provinceId: string; confidence: number };

export type SearchFilters = {
  types?: readonly DocumentType[];
  kind?: 'offer' | 'need';
  countries?: readonly string[];
  provinces?: readonly string[];
  sector?: string;
  hsChapter?: string;
  /** Only what changed after this moment: the new hits of a saved search. */
  changedSince?: Date;
};

/** The parts of a hit's score, shown to the reader as "why". */
export type ScoreParts = { text: number; concept: number; place: number; freshness: number };
