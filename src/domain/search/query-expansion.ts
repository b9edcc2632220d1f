// Query expansion. Through the thesaurus: a taxonomy node says a query is about sport, but only
// the group «شطرنج» = «шахматы» = "chess" = "şahmat" says which sport, so the Russian chess
// festival rises above the rest of the sports. Through the gazetteer: in «تور دربند» the word
// دربند is met by whatever lies in Dagestan, whatever language it is written in.

import { findingWordsOfKey, isWordMatch, placePostingWord } from './rules.ts';
import type { WordMatch } from './text-ranking.ts';

/** A thesaurus group the query names: the term it was met by and the spelling keys of all its terms. */
export type ThesaurusReading = { matchedKey: string; keys: readonly string[]; confidence: number };

/** The words of a group's terms, standing in for the query words the group was met by, at a weight. */
export type Expansion = { word: string; slots: number[]; weight: number };

/**
 * A word met only through the thesaurus weighs less than the query's own word: a translation is
 * a good guess, not what was typed. A word of a term of several words («сточные воды») weighs
 * less again, as it says only part of what the term does.
 */
export const EXPANSION_WEIGHT = 0.85;
export const PART_OF_TERM_WEIGHT = 0.6;
/**
 * A borrowed word (a translation, a place) brings fewer of its newest documents than a typed
 * word: a group has a score of words, and each reading them all at full depth made the text arm
 * the slowest part of a search.
 */
export const BORROWED_POSTINGS_PER_WORD = 300;

/** The query's finding words (by index) that a group's matched term holds. */
export function coveredSlots(matchedKey: string, findingWords: readonly string[]): number[] {
  const termWords = matchedKey.split(' ');
  return findingWords.flatMap((word, slot) => (termWords.some((term) => isWordMatch(term, [word])) ? [slot] : []));
}

/**
 * Each word of each group's terms once, standing in for the query words the group was met by,
 * at the best weight any group gives it; words the query holds itself are left to the query.
 */
export function expansionsOf(readings: readonly ThesaurusReading[], findingWords: readonly string[]): Expansion[] {
  const byWord = new Map<string, Expansion>();
  for (const reading of readings) {
    const slots = coveredSlots(reading.matchedKey, findingWords);
    if (slots.length === 0) continue;
    for (const key of reading.keys) {
      const words = findingWordsOfKey(key);
      const weight = reading.confidence * EXPANSION_WEIGHT * (words.length > 1 ? PART_OF_TERM_WEIGHT : 1);
      for (const word of words) {
        if (findingWords.includes(word)) continue;
        const known = byWord.get(word);
        if (!known || known.weight < weight) byWord.set(word, { word, slots, weight });
      }
    }
  }
  return [...byWord.values()];
}

/** The expansions as word matches of the text arm: each credits the query words it stands for. */
export const expansionMatches = (expansions: readonly Expansion[]): WordMatch[] =>
  expansions.flatMap((expansion) =>
    expansion.slots.map((slot) => ({ queryWord: slot, word: expansion.word, similarity: expansion.weight })),
  );

/** A place the query names, and the query words that name it. */
export type PlaceReading = { provinceId: string; confidence: number; matchedKey: string };

/** Each named place as a word match: the documents of that province meet the words naming it. */
export const placeMatches = (places: readonly PlaceReading[], findingWords: readonly string[]): WordMatch[] =>
  places.flatMap((place) =>
    coveredSlots(place.matchedKey, findingWords).map((slot) => ({
      queryWord: slot,
      word: placePostingWord(place.provinceId),
      similarity: place.confidence,
    })),
  );
