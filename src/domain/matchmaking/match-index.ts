import {
  hsPart,
  languagePart,
  type PreparedItem,
  prepareItem,
  quantityPart,
  seasonPart,
  taxonomyPart,
  textPart,
  validityPart,
} from './match-parts.ts';
import {
  createColumns,
  filingKeys,
  growColumns,
  HS2,
  HS4,
  HS6,
  otherKind,
  SECTOR,
  STRONG,
  SUBCATEGORY,
  TOUCHED,
} from './match-index-filing.ts';
import type { Match, MatchableItem, TransitEstimate, TransitLookup } from './model.ts';
import { createTransitMemo, explainPair, MATCH_WEIGHTS, matchScoreOf } from './rules.ts';
import { TopMatches } from './top-matches.ts';

/**
 * Items of both kinds, filed by sector, subcategory, HS prefix (2, 4 and 6 digits) and word key,
 * so an item's matches are found among the items that share one of those with it, never by a scan
 * of all items. Pure and in memory: the caller keeps it current (remove, then add, on every change).
 */
export type MatchIndex = {
  readonly size: number;
  /** Files an item; an item already filed under the same id is replaced. */
  add(item: MatchableItem): void;
  /** Forgets an item; false when it was not filed. */
  remove(id: string): boolean;
  /** The filed items of the other kind that share a sector, HS chapter or word with the item, from other provinces, by id. */
  candidatesFor(item: MatchableItem): MatchableItem[];
  /**
   * The same as rankMatchesFor(item, candidatesFor(item), transitOf, limit), faster: the parts the
   * index already knows give each candidate a score ceiling, and a candidate that cannot enter the
   * top `limit` is not scored further.
   */
  topMatchesFor(item: MatchableItem, transitOf: TransitLookup, limit: number): Match[];
};

export function createMatchIndex(items: Iterable<MatchableItem> = []): MatchIndex {
  const index = new InvertedMatchIndex();
  for (const item of items) index.add(item);
  return index;
}

/**
 * The best `limitPerNeed` offers for every need (an empty list for a need without any), through an
 * index of the offers; transit is asked once per pair of provinces.
 */
export function matchAll(
  needs: readonly MatchableItem[],
  offers: readonly MatchableItem[],
  transitOf: TransitLookup,
  limitPerNeed: number,
): Map<string, Match[]> {
  const index = createMatchIndex(offers.filter((offer) => offer.kind === 'offer'));
  const known = new Map<string, TransitEstimate | null>();
  const cachedTransitOf: TransitLookup = (from, to) => {
    const key = `${from}\u0000${to}`;
    if (!known.has(key)) known.set(key, transitOf(from, to));
    return known.get(key)!;
  };
  const matches = new Map<string, Match[]>();
  for (const need of needs) {
    matches.set(need.id, need.kind === 'need' ? index.topMatchesFor(need, cachedTransitOf, limitPerNeed) : []);
  }
  return matches;
}

/** Parts the index does not know before scoring (quantity, validity) count at their best in a ceiling. */
const UNKNOWN_PARTS_CEILING = MATCH_WEIGHTS.quantity + MATCH_WEIGHTS.validity;
/** All parts but taxonomy, HS and text at their best: the first, cheapest ceiling. */
const OTHER_PARTS_CEILING =
  UNKNOWN_PARTS_CEILING + MATCH_WEIGHTS.season + MATCH_WEIGHTS.language + MATCH_WEIGHTS.transit;
/** A ceiling this far below the kept threshold cannot reach it after rounding to 3 decimals. */
const ROUNDING_MARGIN = 0.0006;

class InvertedMatchIndex implements MatchIndex {
  readonly #entries: (PreparedItem | undefined)[] = [];
  readonly #slotById = new Map<string, number>();
  readonly #freeSlots: number[] = [];
  readonly #postings = new Map<string, number[]>();
  readonly #provinceNumbers = new Map<string, number>();
  readonly #provinceIds: string[] = [];
  /** Per slot, what a score ceiling needs, in flat arrays: a candidate is ruled out without reading its item. */
  #columns = createColumns(1024);
  /** The slots one lookup has marked in the scratch columns, to score and then clear. */
  readonly #touched: number[] = [];

  get size(): number {
    return this.#slotById.size;
  }

  add(item: MatchableItem): void {
    this.remove(item.id);
    const entry = prepareItem(item);
    const slot = this.#freeSlots.pop() ?? this.#entries.length;
    this.#entries[slot] = entry;
    this.#slotById.set(item.id, slot);
    for (const [key] of filingKeys(entry, item.kind)) {
      const posting = this.#postings.get(key);
      if (posting) posting.push(slot);
      else this.#postings.set(key, [slot]);
    }
    if (slot >= this.#columns.flags.length) this.#columns = growColumns(this.#columns, slot + 1);
    const columns = this.#columns;
    columns.province[slot] = this.#provinceNumberOf(item.provinceId);
    columns.seasonMask[slot] = entry.seasonMask;
    columns.languageMask[slot] = entry.languageMask;
    columns.wordCount[slot] = entry.words.size;
  }

  remove(id: string): boolean {
    const slot = this.#slotById.get(id);
    if (slot === undefined) return false;
    const entry = this.#entries[slot]!;
    for (const [key] of filingKeys(entry, entry.item.kind)) {
      const posting = this.#postings.get(key)!;
      const at = posting.indexOf(slot);
      posting[at] = posting[posting.length - 1]!;
      posting.pop();
      if (posting.length === 0) this.#postings.delete(key);
    }
    this.#entries[slot] = undefined;
    this.#slotById.delete(id);
    this.#freeSlots.push(slot);
    return true;
  }

  candidatesFor(item: MatchableItem): MatchableItem[] {
    this.#gather(prepareItem(item));
    try {
      return this.#touched
        .map((slot) => this.#entries[slot]!.item)
        .filter((other) => other.provinceId !== item.provinceId && other.id !== item.id)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    } finally {
      this.#release();
    }
  }

  topMatchesFor(item: MatchableItem, transitOf: TransitLookup, limit: number): Match[] {
    if (limit <= 0) return [];
    const query = prepareItem(item);
    const transit = createTransitMemo(item, transitOf);
    const transitParts = new Float64Array(this.#provinceIds.length).fill(Number.NaN);
    const transitPartAt = (province: number) => {
      if (Number.isNaN(transitParts[province]!)) transitParts[province] = transit.partFor(this.#provinceIds[province]!);
      return transitParts[province]!;
    };
    const top = new TopMatches<MatchableItem>(limit);
    this.#gather(query);
    try {
      this.#rankTouched(query, true, transitPartAt, top);
      this.#rankTouched(query, false, transitPartAt, top);
    } finally {
      this.#release();
    }
    return top.values.map((other) => explainPair(item, other, transit.estimateFor(other.provinceId)));
  }

  /**
   * Scores the touched candidates (the strong ones, or the others) into `top`. A candidate whose
   * ceiling (its score with the parts not yet computed at their best) cannot reach the lowest kept
   * score is not scored further: first with only taxonomy, HS and text known (all from the index),
   * then with season, language and transit, before the item itself is read.
   */
  #rankTouched(
    query: PreparedItem,
    strong: boolean,
    transitPartAt: (province: number) => number,
    top: TopMatches<MatchableItem>,
  ): void {
    const { flags, wordHits, province, seasonMask, languageMask, wordCount } = this.#columns;
    const queryProvince = this.#provinceNumbers.get(query.item.provinceId) ?? -1;
    const queryWords = query.words.size;
    let floor = top.threshold - ROUNDING_MARGIN;
    for (const slot of this.#touched) {
      const shared = flags[slot]!;
      if (((shared & STRONG) !== 0) !== strong || province[slot] === queryProvince) continue;
      const taxonomy = taxonomyPart((shared & SUBCATEGORY) !== 0, (shared & SECTOR) !== 0);
      const hs = hsPart(shared & HS6 ? 6 : shared & HS4 ? 4 : shared & HS2 ? 2 : 0);
      const text = textPart(wordHits[slot]!, queryWords, wordCount[slot]!);
      const known = MATCH_WEIGHTS.taxonomy * taxonomy + MATCH_WEIGHTS.hs * hs + MATCH_WEIGHTS.text * text;
      if (known + OTHER_PARTS_CEILING < floor) continue;
      const season = seasonPart(query.seasonMask, seasonMask[slot]!);
      const language = languagePart(query.languageMask, languageMask[slot]!);
      const transit = transitPartAt(province[slot]!);
      const ceiling =
        known +
        MATCH_WEIGHTS.season * season +
        MATCH_WEIGHTS.language * language +
        MATCH_WEIGHTS.transit * transit +
        UNKNOWN_PARTS_CEILING;
      if (ceiling < floor) continue;
      const candidate = this.#entries[slot]!;
      const validity = validityPart(query, candidate);
      if (validity === null) continue;
      const quantity = quantityPart(query.quantity, candidate.quantity);
      const score = matchScoreOf(taxonomy, hs, text, quantity, season, validity, language, transit);
      top.consider(score, candidate.item.id, candidate.item);
      floor = top.threshold - ROUNDING_MARGIN;
    }
  }

  /** Marks every filed item of the other kind that shares a key with the item, with what it shares. */
  #gather(query: PreparedItem): void {
    const { flags, wordHits } = this.#columns;
    for (const [key, flag] of filingKeys(query, otherKind(query.item.kind))) {
      const posting = this.#postings.get(key);
      if (!posting) continue;
      for (const slot of posting) {
        const before = flags[slot]!;
        if (before === 0) this.#touched.push(slot);
        flags[slot] = before | flag | TOUCHED;
        if (flag === 0) wordHits[slot] = wordHits[slot]! + 1;
      }
    }
  }

  #release(): void {
    const { flags, wordHits } = this.#columns;
    for (const slot of this.#touched) {
      flags[slot] = 0;
      wordHits[slot] = 0;
    }
    this.#touched.length = 0;
  }

  #provinceNumberOf(provinceId: string): number {
    let number = this.#provinceNumbers.get(provinceId);
    if (number === undefined) {
      number = this.#provinceIds.push(provinceId) - 1;
      this.#provinceNumbers.set(provinceId, number);
    }
    return number;
  }
}
