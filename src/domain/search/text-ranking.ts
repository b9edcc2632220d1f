// The text arm of a search, scored here rather than in SQL: the database hands over each matched
// word's newest documents, and adding up a few thousand postings in a loop costs a fraction of a
// hash aggregate over the same rows.

/** A query word's neighbour in the vocabulary: an index word it resembles, and how closely (0–1). */
export type WordMatch = { queryWord: number; word: string; similarity: number };

/** A document the query's words find, with its text score. */
export type TextHit = { document: number; textScore: number };

/** The words every document of the all-words arm holds, and the text score such a document has. */
export type AllWords = { words: string[]; textScore: number };

/**
 * Each document's text score: per query word the similarity of its closest word in the document,
 * averaged over the query's words. The best `size`, ties to the newest (highest number).
 */
export function rankByText(
  matches: readonly WordMatch[],
  postings: ReadonlyMap<string, readonly number[]>,
  queryWordCount: number,
  size: number,
): TextHit[] {
  const closestFirst = [...matches].sort((a, b) => a.queryWord - b.queryWord || b.similarity - a.similarity);
  let postingCount = 0;
  for (const match of closestFirst) postingCount += postings.get(match.word)?.length ?? 0;
  const table = new DocumentTable(postingCount);
  for (const match of closestFirst) {
    const held = postings.get(match.word);
    if (!held) continue;
    const bit = 1 << match.queryWord;
    for (let index = 0; index < held.length; index++) table.credit(held[index]!, bit, match.similarity);
  }
  return table.best(size, queryWordCount);
}

/**
 * Documents and their running totals in an open-addressing hash table over typed arrays: a search
 * adds up tens of thousands of postings, and a Map of numbers to objects spent more time
 * allocating and collecting than adding.
 */
class DocumentTable {
  readonly #mask: number;
  /** Document number + 1 per slot; 0 is an empty slot. */
  readonly #keys: Uint32Array;
  readonly #totals: Float64Array;
  /** Which query words have already credited the document: a bit each (a query has at most 32 finding words). */
  readonly #credited: Int32Array;
  readonly #used: number[] = [];

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.#mask = slots - 1;
    this.#keys = new Uint32Array(slots);
    this.#totals = new Float64Array(slots);
    this.#credited = new Int32Array(slots);
  }

  credit(document: number, bit: number, similarity: number): void {
    const key = document + 1;
    let slot = Math.imul(document, 0x9e3779b1) & this.#mask;
    while (this.#keys[slot] !== key) {
      if (this.#keys[slot] === 0) {
        this.#keys[slot] = key;
        this.#used.push(slot);
        break;
      }
      slot = (slot + 1) & this.#mask;
    }
    if (this.#credited[slot]! & bit) return;
    this.#credited[slot]! |= bit;
    this.#totals[slot]! += similarity;
  }

  /**
   * The documents of the `size` highest scores, ties to the highest document number. One numeric
   * key per document (the score in millionths, then the number: below 2^53, so exact) sorts as a
   * typed array, without a comparator, and gives the document back as its low 32 bits.
   */
  best(size: number, queryWordCount: number): TextHit[] {
    const keys = new Float64Array(this.#used.length);
    for (let index = 0; index < this.#used.length; index++) {
      const slot = this.#used[index]!;
      keys[index] = Math.round((this.#totals[slot]! / queryWordCount) * 1e6) * 2 ** 32 + (this.#keys[slot]! - 1);
    }
    keys.sort();
    const hits: TextHit[] = [];
    for (let index = keys.length - 1; index >= 0 && hits.length < size; index--) {
      const key = keys[index]!;
      const document = key % 2 ** 32;
      hits.push({ document, textScore: this.#totalOf(document) / queryWordCount });
    }
    return hits;
  }

  #totalOf(document: number): number {
    let slot = Math.imul(document, 0x9e3779b1) & this.#mask;
    while (this.#keys[slot] !== document + 1) slot = (slot + 1) & this.#mask;
    return this.#totals[slot]!;
  }
}

/** Per query word its closest vocabulary word; null when some query word resembles none. */
export function closestWords(matches: readonly WordMatch[], queryWordCount: number): AllWords | null {
  const closest = new Map<number, WordMatch>();
  for (const match of matches) {
    const best = closest.get(match.queryWord);
    if (!best || match.similarity > best.similarity) closest.set(match.queryWord, match);
  }
  if (closest.size < queryWordCount) return null;
  const chosen = [...closest.values()];
  return {
    words: chosen.map((match) => match.word),
    textScore: chosen.reduce((sum, match) => sum + match.similarity, 0) / queryWordCount,
  };
}
