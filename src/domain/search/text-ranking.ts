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
  const slotOf = new Map<number, number>();
  const documents: number[] = [];
  const totals: number[] = [];
  // Which query words have already credited the document: a bit each (a query has at most 32 finding words).
  const credited: number[] = [];
  const closestFirst = [...matches].sort((a, b) => a.queryWord - b.queryWord || b.similarity - a.similarity);
  for (const match of closestFirst) {
    const bit = 1 << match.queryWord;
    const held = postings.get(match.word);
    if (!held) continue;
    for (let index = 0; index < held.length; index++) {
      const document = held[index]!;
      let slot = slotOf.get(document);
      if (slot === undefined) {
        slot = documents.push(document) - 1;
        slotOf.set(document, slot);
        totals.push(0);
        credited.push(0);
      }
      if (credited[slot]! & bit) continue;
      credited[slot]! |= bit;
      totals[slot]! += match.similarity;
    }
  }
  const scores = totals.map((total) => total / queryWordCount);
  return bestDocuments(scores, documents, size).map((document) => ({
    document,
    textScore: scores[slotOf.get(document)!]!,
  }));
}

/**
 * The documents of the `size` highest scores (0–1), ties to the highest document number. One
 * numeric key per document (the score in millionths, then the number: below 2^53, so exact)
 * sorts as a typed array, without a comparator, and gives the document back as its low 32 bits.
 */
function bestDocuments(scores: readonly number[], documents: readonly number[], size: number): number[] {
  const keys = new Float64Array(scores.length);
  for (let slot = 0; slot < scores.length; slot++) {
    keys[slot] = Math.round(scores[slot]! * 1e6) * 2 ** 32 + documents[slot]!;
  }
  keys.sort();
  const best: number[] = [];
  for (let index = keys.length - 1; index >= 0 && best.length < size; index--) best.push(keys[index]! % 2 ** 32);
  return best;
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
