import type { ExhibitorProduct, FloorRect, PlacedBooth } from './model.ts';

/**
 * HS codes as trade statistics and tariffs write them: a chapter (2 digits), heading (4),
 * subheading (6) or a national tariff line (8 or 10).
 */
export const HS_CODE_PATTERN = /^(\d{2}){1,5}$/;

/** The exhibitor's HS codes for the directory's filter: every product's, once each, sorted. */
export function hsCodesOfProducts(products: readonly ExhibitorProduct[]): string[] {
  return [...new Set(products.flatMap((product) => product.hsCodes))].sort();
}

/** Two codes name related goods when one is a prefix of the other: chapter 03 covers heading 0302. */
export function isRelatedHsCode(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function shareHsCode(left: readonly string[], right: readonly string[]): boolean {
  return left.some((a) => right.some((b) => isRelatedHsCode(a, b)));
}

/** The exhibitors whose products a buyer's interest names, sorted by organisation for a stable list. */
export function matchExhibitors<E extends { hsCodes: readonly string[]; organisation: string }>(
  interestHsCodes: readonly string[],
  exhibitors: readonly E[],
): E[] {
  return exhibitors
    .filter((exhibitor) => shareHsCode(interestHsCodes, exhibitor.hsCodes))
    .sort((a, b) => a.organisation.localeCompare(b.organisation));
}

// Metres are stored as doubles; a millimetre of slack keeps 0.1 + 0.2 from counting as an overlap.
const EPSILON_M = 0.001;

/** Rectangles that only touch along an edge or at a corner do not overlap: booths stand side by side. */
export function rectsOverlap(a: FloorRect, b: FloorRect): boolean {
  return (
    a.xM < b.xM + b.widthM - EPSILON_M &&
    b.xM < a.xM + a.widthM - EPSILON_M &&
    a.yM < b.yM + b.depthM - EPSILON_M &&
    b.yM < a.yM + a.depthM - EPSILON_M
  );
}

export function isInsideHall(booth: FloorRect, hall: { widthM: number; depthM: number }): boolean {
  return (
    booth.xM >= -EPSILON_M &&
    booth.yM >= -EPSILON_M &&
    booth.xM + booth.widthM <= hall.widthM + EPSILON_M &&
    booth.yM + booth.depthM <= hall.depthM + EPSILON_M
  );
}

export type BoothPlacement = { ok: true } | { ok: false; code: 'booth_overlaps'; conflictCode: string | null };

/** A booth stands inside its hall's walls and on floor no other booth of the hall uses. */
export function checkBoothPlacement(
  booth: FloorRect,
  hall: { widthM: number; depthM: number },
  others: readonly PlacedBooth[],
): BoothPlacement {
  if (!isInsideHall(booth, hall)) return { ok: false, code: 'booth_overlaps', conflictCode: null };
  const clash = others.find((other) => rectsOverlap(booth, other));
  return clash ? { ok: false, code: 'booth_overlaps', conflictCode: clash.code } : { ok: true };
}

/** A hall may shrink only as long as every booth still fits inside it. */
export function boothsOutsideHall(
  hall: { widthM: number; depthM: number },
  booths: readonly PlacedBooth[],
): PlacedBooth[] {
  return booths.filter((booth) => !isInsideHall(booth, hall));
}

/**
 * Letters a reader cannot tell apart, folded to one form on both sides of a directory search:
 * Arabic ي ى ك ة ۀ as Persian ی ی ک ه ه, ё as е, and the zero-width non-joiner as a space. The
 * repository applies the same map in SQL with translate(), so the two lists must stay aligned.
 */
export const SEARCH_FOLD_FROM = 'يىكةۀё\u200c';
export const SEARCH_FOLD_TO = 'ییکههе ';

export function foldSearchText(text: string): string {
  let folded = text.toLowerCase();
  for (let index = 0; index < SEARCH_FOLD_FROM.length; index++)
    folded = folded.replaceAll(SEARCH_FOLD_FROM[index]!, SEARCH_FOLD_TO[index]!);
  return folded;
}
