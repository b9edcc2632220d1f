import type { ItemKind } from '../catalogue/model.ts';
import type { PreparedItem } from './match-parts.ts';

/**
 * How the match index files an item: the keys it is found under, the flag each shared key sets
 * on a candidate during one lookup, and the per-slot columns a score ceiling is computed from.
 */
/** What a candidate shares with the item looked up, as flags set while reading the postings. */
export const SECTOR = 1;
export const SUBCATEGORY = 2;
export const HS2 = 4;
export const HS4 = 8;
export const HS6 = 16;
export const TOUCHED = 32;
/** Candidates sharing a subcategory or an HS heading are scored first: they set a high threshold early. */
export const STRONG = SUBCATEGORY | HS4 | HS6;

export const otherKind = (kind: ItemKind): ItemKind => (kind === 'need' ? 'offer' : 'need');

/** The keys an item is filed under, each with the flag a shared key sets (word keys count instead). */
export function filingKeys(item: PreparedItem, kind: ItemKind): [string, number][] {
  const keyed = (values: ReadonlySet<string>, tag: string, flag: number) =>
    [...values].map((value): [string, number] => [`${kind}|${tag}|${value}`, flag]);
  return [
    ...keyed(item.sectors, 's', SECTOR),
    ...keyed(item.subcategories, 'c', SUBCATEGORY),
    ...keyed(item.hs2, 'h', HS2),
    ...keyed(item.hs4, 'h', HS4),
    ...keyed(item.hs6, 'h', HS6),
    ...keyed(item.words, 'w', 0),
  ];
}

export type Columns = {
  /** Scratch, zero between lookups: what the slot shares with the item looked up, and how many of its words. */
  flags: Uint8Array;
  wordHits: Uint32Array;
  /** Of the item in the slot: its province's number in the index, and what its season, language and text parts need. */
  province: Int32Array;
  seasonMask: Int32Array;
  languageMask: Int32Array;
  wordCount: Uint32Array;
};

export function createColumns(length: number): Columns {
  return {
    flags: new Uint8Array(length),
    wordHits: new Uint32Array(length),
    province: new Int32Array(length),
    seasonMask: new Int32Array(length),
    languageMask: new Int32Array(length),
    wordCount: new Uint32Array(length),
  };
}

export function growColumns(columns: Columns, minimum: number): Columns {
  const grown = createColumns(Math.max(minimum, columns.flags.length * 2));
  for (const name of Object.keys(columns) as (keyof Columns)[]) grown[name].set(columns[name]);
  return grown;
}
