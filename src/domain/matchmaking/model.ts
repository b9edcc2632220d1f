import type { Locale } from '../../platform/i18n/locales.ts';
import type { ItemKind, Quantity } from '../catalogue/model.ts';

/**
 * What matchmaking reads of a catalogue item: the published offer or need, reduced to what two
 * items are compared on. The caller builds it; items are compared by identity in a cache, so an
 * edited item is a new object (remove the old one from an index, add the new one).
 */
export type MatchableItem = {
  id: string;
  kind: ItemKind;
  provinceId: string;
  countryCode: string | null;
  language: Locale;
  /** 'sector' or 'sector.subcategory' codes, e.g. 'fisheries_aquaculture.caviar_sturgeon_products'. */
  taxonomyCodes: readonly string[];
  /** Digits: 2 = chapter, 4 = heading, 6 = subheading. */
  hsCodes: readonly string[];
  /** Spelling keys of title and description words, made by the caller with wordKeysOf() (search/rules.ts). */
  textKeys: readonly string[];
  quantity: Quantity | null;
  /** Months 1–12; empty means all year. */
  seasonMonths: readonly number[];
  /** ISO dates (YYYY-MM-DD), inclusive; null is open. */
  validFrom: string | null;
  validUntil: string | null;
  /** Empty means the item's own language. */
  contactLanguages: readonly Locale[];
  updatedAt: Date;
};

/** Delivery from the offer's province to the need's province (the cheapest route), or null when no route is known. */
export type TransitEstimate = {
  hours: number;
  usdPerTonne: number;
  borders: number;
  co2KgPerTonne: number;
  routeFound: boolean;
};

/** How a match scores on each thing two items are compared on, each 0..1. */
export type MatchParts = {
  taxonomy: number;
  hs: number;
  text: number;
  quantity: number;
  season: number;
  validity: number;
  language: number;
  transit: number;
};

/** What the two items have in common, for the match card. */
export type MatchWhy = {
  /** Shared subcategory codes, and shared sectors not already named by a shared subcategory. */
  sharedTaxonomy: string[];
  /** The longest shared HS prefixes (2, 4 or 6 digits). */
  sharedHs: string[];
  /** Shared spelling keys (as in textKeys), not display words. */
  sharedWords: string[];
  sharedLanguages: Locale[];
  interpreterNeeded: boolean;
  transit: TransitEstimate | null;
};

export type Match = { needId: string; offerId: string; score: number; parts: MatchParts; why: MatchWhy };

/** Delivery estimate from an offer's province to a need's province; null when none is known. */
export type TransitLookup = (fromOfferProvince: string, toNeedProvince: string) => TransitEstimate | null;
