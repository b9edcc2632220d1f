import { LOCALES } from '../../platform/i18n/locales.ts';
import {
  countShared,
  hasShared,
  hsPart,
  languageBit,
  languagePart,
  type PreparedItem,
  prepareItem,
  quantityPart,
  seasonPart,
  sectorOf,
  sharedSorted,
  taxonomyPart,
  textPart,
  transitPart,
  validityPart,
} from './match-parts.ts';
import type { Match, MatchableItem, MatchParts, MatchWhy, TransitEstimate, TransitLookup } from './model.ts';
import { TopMatches } from './top-matches.ts';

/**
 * How a match's score is blended from its parts (each 0..1, see match-parts.ts): what is traded
 * (taxonomy and HS codes) dominates, then what it costs to deliver, then the words, the people
 * (a shared contact language) and the fit of amount, season and dates. Sums to 1.
 */
export const MATCH_WEIGHTS: MatchParts = {
  taxonomy: 0.25,
  hs: 0.2,
  text: 0.12,
  quantity: 0.07,
  season: 0.05,
  validity: 0.05,
  language: 0.08,
  transit: 0.18,
};

/** The weighted sum rounded to 3 decimals; every path that scores a pair goes through here, so equal pairs get equal scores. */
export function matchScoreOf(
  taxonomy: number,
  hs: number,
  text: number,
  quantity: number,
  season: number,
  validity: number,
  language: number,
  transit: number,
): number {
  const score =
    MATCH_WEIGHTS.taxonomy * taxonomy +
    MATCH_WEIGHTS.hs * hs +
    MATCH_WEIGHTS.text * text +
    MATCH_WEIGHTS.quantity * quantity +
    MATCH_WEIGHTS.season * season +
    MATCH_WEIGHTS.validity * validity +
    MATCH_WEIGHTS.language * language +
    MATCH_WEIGHTS.transit * transit;
  return Math.round(score * 1000) / 1000;
}

/**
 * A need and an offer scored, or null when they cannot match: not a need and an offer, the same
 * province, nothing in common (no sector, HS chapter or word), or validity periods without a
 * common day. A missing or failed transit estimate lowers the score but never rules a match out.
 */
export function scoreMatch(need: MatchableItem, offer: MatchableItem, transit: TransitEstimate | null): Match | null {
  if (!canPair(need, offer)) return null;
  const a = prepareItem(need);
  const b = prepareItem(offer);
  const validity = validityPart(a, b);
  if (validity === null) return null;
  const sharedWords = sharedSorted(a.words, b.words);
  const sharesSector = hasShared(a.sectors, b.sectors);
  const level = hsLevelOf(a, b);
  if (!sharesSector && level === 0 && sharedWords.length === 0) return null;
  const parts: MatchParts = {
    taxonomy: taxonomyPart(hasShared(a.subcategories, b.subcategories), sharesSector),
    hs: hsPart(level),
    text: textPart(sharedWords.length, a.words.size, b.words.size),
    quantity: quantityPart(a.quantity, b.quantity),
    season: seasonPart(a.seasonMask, b.seasonMask),
    validity,
    language: languagePart(a.languageMask, b.languageMask),
    transit: transitPart(transit),
  };
  const score = matchScoreOf(
    parts.taxonomy,
    parts.hs,
    parts.text,
    parts.quantity,
    parts.season,
    parts.validity,
    parts.language,
    parts.transit,
  );
  return { needId: need.id, offerId: offer.id, score, parts, why: explainMatch(a, b, sharedWords, transit) };
}

/** The same score as scoreMatch, or -1 where it gives null, without building the match: for ranking many pairs. */
export function scorePair(need: PreparedItem, offer: PreparedItem, transit: number): number {
  if (!canPair(need.item, offer.item)) return -1;
  const validity = validityPart(need, offer);
  if (validity === null) return -1;
  const sharesSector = hasShared(need.sectors, offer.sectors);
  const level = hsLevelOf(need, offer);
  const sharedWords = countShared(need.words, offer.words);
  if (!sharesSector && level === 0 && sharedWords === 0) return -1;
  return matchScoreOf(
    taxonomyPart(sharesSector && hasShared(need.subcategories, offer.subcategories), sharesSector),
    hsPart(level),
    textPart(sharedWords, need.words.size, offer.words.size),
    quantityPart(need.quantity, offer.quantity),
    seasonPart(need.seasonMask, offer.seasonMask),
    validity,
    languagePart(need.languageMask, offer.languageMask),
    transit,
  );
}

const canPair = (need: MatchableItem, offer: MatchableItem) =>
  need.kind === 'need' && offer.kind === 'offer' && need.provinceId !== offer.provinceId;

/** The length of the longest shared HS prefix: 6, 4, 2, or 0 for none. */
function hsLevelOf(a: PreparedItem, b: PreparedItem): number {
  if (hasShared(a.hs6, b.hs6)) return 6;
  if (hasShared(a.hs4, b.hs4)) return 4;
  return hasShared(a.hs2, b.hs2) ? 2 : 0;
}

function explainMatch(
  need: PreparedItem,
  offer: PreparedItem,
  sharedWords: string[],
  transit: TransitEstimate | null,
): MatchWhy {
  const subcategories = sharedSorted(need.subcategories, offer.subcategories);
  const coveredSectors = new Set(subcategories.map(sectorOf));
  const sectors = sharedSorted(need.sectors, offer.sectors).filter((sector) => !coveredSectors.has(sector));
  const hs6 = sharedSorted(need.hs6, offer.hs6);
  const hs4 = sharedSorted(need.hs4, offer.hs4).filter((heading) => !hs6.some((code) => code.startsWith(heading)));
  const hs2 = sharedSorted(need.hs2, offer.hs2).filter(
    (chapter) => ![...hs6, ...hs4].some((code) => code.startsWith(chapter)),
  );
  const sharedLanguages = LOCALES.filter(
    (locale) => (need.languageMask & offer.languageMask & languageBit(locale)) !== 0,
  );
  return {
    sharedTaxonomy: [...subcategories, ...sectors].sort(),
    sharedHs: [...hs6, ...hs4, ...hs2].sort(),
    sharedWords,
    sharedLanguages,
    interpreterNeeded: sharedLanguages.length === 0,
    transit,
  };
}

/**
 * The best `limit` matches of an item among candidates of the other kind (offers for a need, needs
 * for an offer), by score then the other item's id, so the order never depends on the input's.
 * Pairs are scored without building a match; only the kept ones are explained.
 */
export function rankMatchesFor(
  item: MatchableItem,
  candidates: readonly MatchableItem[],
  transitOf: TransitLookup,
  limit: number,
): Match[] {
  const self = prepareItem(item);
  const isNeed = item.kind === 'need';
  const transit = createTransitMemo(item, transitOf);
  const top = new TopMatches<MatchableItem>(limit);
  for (const candidate of candidates) {
    if (candidate.kind === item.kind || candidate.provinceId === item.provinceId) continue;
    const other = prepareItem(candidate);
    const score = isNeed
      ? scorePair(self, other, transit.partFor(candidate.provinceId))
      : scorePair(other, self, transit.partFor(candidate.provinceId));
    if (score >= 0) top.consider(score, candidate.id, candidate);
  }
  return top.values.map((other) => explainPair(item, other, transit.estimateFor(other.provinceId)));
}

/** The match of an item and a candidate of the other kind, whichever of the two is the need. */
export function explainPair(item: MatchableItem, other: MatchableItem, transit: TransitEstimate | null): Match {
  const match = item.kind === 'need' ? scoreMatch(item, other, transit) : scoreMatch(other, item, transit);
  if (!match) throw new Error(`${item.id} and ${other.id} were ranked but do not match`);
  return match;
}

/** Transit between an item's province and each other province, asked once per province. */
export function createTransitMemo(item: MatchableItem, transitOf: TransitLookup) {
  const known = new Map<string, { estimate: TransitEstimate | null; part: number }>();
  const lookUp = (province: string) => {
    let found = known.get(province);
    if (!found) {
      const estimate =
        item.kind === 'need' ? transitOf(province, item.provinceId) : transitOf(item.provinceId, province);
      found = { estimate, part: transitPart(estimate) };
      known.set(province, found);
    }
    return found;
  };
  return {
    partFor: (province: string) => lookUp(province).part,
    estimateFor: (province: string) => lookUp(province).estimate,
  };
}
