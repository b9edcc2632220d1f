import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { latinKey } from '../../platform/text/latin-key.ts';
import type { Quantity, QuantityUnit } from '../catalogue/model.ts';
import type { MatchableItem, TransitEstimate } from './model.ts';

/**
 * The parts of a match score, each 0..1, computed from an item prepared once (sets, bit masks,
 * day numbers) so that scoring a pair allocates nothing. rules.ts and match-index.ts both score
 * through these functions, so a score is the same number whichever path found the pair.
 */

/** A shared subcategory counts fully; a shared sector alone, half. */
export const TAXONOMY_PART = { subcategory: 1, sector: 0.5 } as const;
/** By the precision of the longest shared HS prefix: subheading, heading, chapter. */
export const HS_PART = { subheading: 1, heading: 0.7, chapter: 0.4 } as const;
/** Text overlap is shared keys over the smaller key set, but never over fewer than this, so one shared word is not a full match. */
export const TEXT_MIN_DENOMINATOR = 3;
/** Amounts within this factor of each other fit fully; at QUANTITY_FLOOR_FACTOR apart they score QUANTITY_FLOOR. */
export const QUANTITY_FULL_FACTOR = 2;
export const QUANTITY_FLOOR_FACTOR = 100;
export const QUANTITY_FLOOR = 0.1;
export const QUANTITY_UNKNOWN = 0.5;
/** A common window of this many days to trade in (or the whole of the shorter period) fits fully. */
export const VALIDITY_FULL_DAYS = 90;
export const LANGUAGE_INTERPRETER = 0.2;
/** No known route lowers a match but does not rule it out: goods can still travel by a route the planner lacks. */
export const TRANSIT_NO_ROUTE = 0.1;
/** Values at which each delivery measure scores half (x / (x + half)): five days, 80 USD/t, two borders, 60 kg CO2/t. */
export const TRANSIT_HALF = { hours: 120, usdPerTonne: 80, borders: 2, co2KgPerTonne: 60 } as const;
export const TRANSIT_BLEND = { hours: 0.35, usdPerTonne: 0.35, borders: 0.2, co2KgPerTonne: 0.1 } as const;

/**
 * Words that say nothing about what is offered or needed, in the six languages (by spelling key).
 * Keys shorter than three letters and numbers are ignored too: quantities are compared as quantities.
 */
const STOP_WORDS = [
  'the and for from with into per our are can all any has have will year years offer need needs we us also',
  'для или при как что это под над все год лет также предлагаем нужно требуется наш наши нас мы они',
  'برای این آن که را با از در به یا تا هر سال است شود می‌شود نیز های ها می کند کنند ما شما',
  'üçün ilə və bir olan hər il',
  'және үшін мен бен пен бір жыл',
  'üçin bilen hem we her ýyl',
].join(' ');
const STOP_KEYS: ReadonlySet<string> = new Set(STOP_WORDS.split(' ').map(latinKey));

export function isMatchingWord(key: string): boolean {
  return key.length >= 3 && !/^\d+$/.test(key) && !STOP_KEYS.has(key);
}

export type PreparedItem = {
  item: MatchableItem;
  /** Codes with a subcategory ('sector.subcategory'). */
  subcategories: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  /** Distinct HS prefixes of 2, 4 and 6 digits. */
  hs2: ReadonlySet<string>;
  hs4: ReadonlySet<string>;
  hs6: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** Bit m-1 for month m; all twelve for all year. */
  seasonMask: number;
  /** Inclusive day numbers since 1970; ±Infinity when open. */
  fromDay: number;
  untilDay: number;
  /** Bit per LOCALES index: the contact languages, or the item's language when none are given. */
  languageMask: number;
  quantity: ComparableQuantity | null;
};

type ComparableQuantity = { amount: number; dimension: string };

const ALL_YEAR = 0xfff;
const MS_PER_DAY = 86_400_000;

/** Units counted in another unit's dimension: kilograms as tonnes, litres as cubic metres. */
const UNIT_DIMENSION: Partial<Record<QuantityUnit, { dimension: QuantityUnit; factor: number }>> = {
  kg: { dimension: 't', factor: 0.001 },
  l: { dimension: 'm3', factor: 0.001 },
};

const prepared = new WeakMap<MatchableItem, PreparedItem>();

/** Items are prepared once and remembered by identity, which is why an edited item must be a new object. */
export function prepareItem(item: MatchableItem): PreparedItem {
  const known = prepared.get(item);
  if (known) return known;
  const made = makePreparedItem(item);
  prepared.set(item, made);
  return made;
}

function makePreparedItem(item: MatchableItem): PreparedItem {
  const hsPrefixes = (length: number) =>
    new Set(item.hsCodes.filter((code) => code.length >= length).map((code) => code.slice(0, length)));
  const months = item.seasonMonths.filter((month) => month >= 1 && month <= 12);
  const languages = item.contactLanguages.length > 0 ? item.contactLanguages : [item.language];
  return {
    item,
    subcategories: new Set(item.taxonomyCodes.filter((code) => code.includes('.'))),
    sectors: new Set(item.taxonomyCodes.map(sectorOf)),
    hs2: hsPrefixes(2),
    hs4: hsPrefixes(4),
    hs6: hsPrefixes(6),
    words: new Set(item.textKeys.filter(isMatchingWord)),
    seasonMask: months.length === 0 ? ALL_YEAR : months.reduce((mask, month) => mask | (1 << (month - 1)), 0),
    fromDay: item.validFrom ? dayNumberOf(item.validFrom) : Number.NEGATIVE_INFINITY,
    untilDay: item.validUntil ? dayNumberOf(item.validUntil) : Number.POSITIVE_INFINITY,
    languageMask: languages.reduce((mask, locale) => mask | languageBit(locale), 0),
    quantity: comparableQuantity(item.quantity),
  };
}

export const sectorOf = (code: string): string => {
  const dot = code.indexOf('.');
  return dot === -1 ? code : code.slice(0, dot);
};

export const languageBit = (locale: Locale): number => 1 << LOCALES.indexOf(locale);

const dayNumberOf = (isoDate: string): number => Math.floor(Date.parse(isoDate.slice(0, 10)) / MS_PER_DAY);

/** A monthly amount is compared as a yearly one; other periods as written. */
function comparableQuantity(quantity: Quantity | null): ComparableQuantity | null {
  if (!quantity || !(quantity.amount > 0)) return null;
  const unit = UNIT_DIMENSION[quantity.unit] ?? { dimension: quantity.unit, factor: 1 };
  const perYear = quantity.period === 'month' ? 12 : 1;
  return { amount: quantity.amount * unit.factor * perYear, dimension: unit.dimension };
}

export function taxonomyPart(sharesSubcategory: boolean, sharesSector: boolean): number {
  if (sharesSubcategory) return TAXONOMY_PART.subcategory;
  return sharesSector ? TAXONOMY_PART.sector : 0;
}

/** `level` is the length of the longest shared HS prefix: 6, 4, 2 or 0. */
export function hsPart(level: number): number {
  if (level >= 6) return HS_PART.subheading;
  if (level >= 4) return HS_PART.heading;
  return level >= 2 ? HS_PART.chapter : 0;
}

export function textPart(sharedWords: number, wordsA: number, wordsB: number): number {
  if (sharedWords === 0) return 0;
  return Math.min(1, sharedWords / Math.max(TEXT_MIN_DENOMINATOR, Math.min(wordsA, wordsB)));
}

export function quantityPart(a: ComparableQuantity | null, b: ComparableQuantity | null): number {
  if (!a || !b || a.dimension !== b.dimension) return QUANTITY_UNKNOWN;
  const factor = Math.max(a.amount, b.amount) / Math.min(a.amount, b.amount);
  if (factor <= QUANTITY_FULL_FACTOR) return 1;
  const fall = Math.log(factor / QUANTITY_FULL_FACTOR) / Math.log(QUANTITY_FLOOR_FACTOR / QUANTITY_FULL_FACTOR);
  return Math.max(QUANTITY_FLOOR, 1 - fall * (1 - QUANTITY_FLOOR));
}

export function seasonPart(maskA: number, maskB: number): number {
  return MONTH_COUNT[maskA & maskB]! / Math.min(MONTH_COUNT[maskA]!, MONTH_COUNT[maskB]!);
}

/** Null when the two periods have no day in common: such items cannot match. */
export function validityPart(a: PreparedItem, b: PreparedItem): number | null {
  const from = Math.max(a.fromDay, b.fromDay);
  const until = Math.min(a.untilDay, b.untilDay);
  if (until < from) return null;
  const wanted = Math.min(VALIDITY_FULL_DAYS, days(a.fromDay, a.untilDay), days(b.fromDay, b.untilDay));
  return Math.min(1, days(from, until) / wanted);
}

const days = (start: number, end: number) => end - start + 1;

export function languagePart(maskA: number, maskB: number): number {
  return (maskA & maskB) !== 0 ? 1 : LANGUAGE_INTERPRETER;
}

/** Faster, cheaper, fewer borders and less CO2 score higher; any found route scores above no route. */
export function transitPart(estimate: TransitEstimate | null): number {
  if (!estimate?.routeFound) return TRANSIT_NO_ROUTE;
  const blend =
    TRANSIT_BLEND.hours * closeness(estimate.hours, TRANSIT_HALF.hours) +
    TRANSIT_BLEND.usdPerTonne * closeness(estimate.usdPerTonne, TRANSIT_HALF.usdPerTonne) +
    TRANSIT_BLEND.borders * closeness(estimate.borders, TRANSIT_HALF.borders) +
    TRANSIT_BLEND.co2KgPerTonne * closeness(estimate.co2KgPerTonne, TRANSIT_HALF.co2KgPerTonne);
  return 0.2 + 0.8 * blend;
}

const closeness = (value: number, half: number) => half / (half + Math.max(0, value));

/** How many months a season mask holds, for every mask. */
const MONTH_COUNT = Uint8Array.from({ length: ALL_YEAR + 1 }, (_, mask) => {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
});

export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size > b.size) return countShared(b, a);
  let count = 0;
  for (const value of a) if (b.has(value)) count++;
  return count;
}

export function hasShared(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return hasShared(b, a);
  for (const value of a) if (b.has(value)) return true;
  return false;
}

export function sharedSorted(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((value) => b.has(value)).sort();
}
