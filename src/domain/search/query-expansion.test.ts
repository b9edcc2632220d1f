import { describe, expect, it } from 'vitest';
import { latinKey } from '../../platform/text/latin-key.ts';
import {
  coveredSlots,
  EXPANSION_WEIGHT,
  expansionMatches,
  expansionsOf,
  PART_OF_TERM_WEIGHT,
  placeMatches,
} from './query-expansion.ts';
import { placePostingWord } from './rules.ts';

const key = (text: string) => text.split(' ').map(latinKey).join(' ');
const chess = {
  matchedKey: key('شطرنج'),
  keys: [key('شطرنج'), key('шахматы'), key('chess'), key('шахмат турнири')],
  confidence: 1,
};

describe('query expansion through the thesaurus and the gazetteer', () => {
  it('finds the query words a group was met by, inflected or not', () => {
    const words = [key('مسابقات'), key('شطرنج')];
    expect(coveredSlots(key('شطرنج'), words)).toEqual([1]);
    expect(coveredSlots(key('икра'), [key('икры')])).toEqual([0]);
    expect(coveredSlots(key('шахматы'), words)).toEqual([]);
  });

  it('lets each translation stand in for the words the group was met by, below the typed word', () => {
    const words = [key('مسابقات'), key('شطرنج')];
    const expansions = expansionsOf([chess], words);
    const russian = expansions.find((expansion) => expansion.word === key('шахматы'));
    expect(russian).toEqual({ word: key('шахматы'), slots: [1], weight: EXPANSION_WEIGHT });
    expect(expansions.some((expansion) => expansion.word === key('شطرنج'))).toBe(false);
  });

  it('weighs a word of a term of several words below a whole term, and takes the best weight a word gets', () => {
    const expansions = expansionsOf([chess, { ...chess, keys: [key('турнири')], confidence: 0.7 }], [key('شطرنج')]);
    const tournament = expansions.find((expansion) => expansion.word === key('турнири'));
    expect(tournament?.weight).toBeCloseTo(0.7 * EXPANSION_WEIGHT);
    const part = expansionsOf([chess], [key('شطرنج')]).find((expansion) => expansion.word === key('турнири'));
    expect(part?.weight).toBeCloseTo(EXPANSION_WEIGHT * PART_OF_TERM_WEIGHT);
  });

  it('expands nothing from a group none of whose query words the finding words hold', () => {
    expect(expansionsOf([chess], [key('паром')])).toEqual([]);
  });

  it('credits every query word a translation stands for', () => {
    const matches = expansionMatches([{ word: 'regata', slots: [0, 1], weight: 0.8 }]);
    expect(matches).toEqual([
      { queryWord: 0, word: 'regata', similarity: 0.8 },
      { queryWord: 1, word: 'regata', similarity: 0.8 },
    ]);
  });

  it('lets the documents of a named place meet the query words that name it, and no others', () => {
    const words = [key('تور'), key('دربند')];
    const dagestan = { provinceId: 'dagestan', confidence: 0.8, matchedKey: key('دربند') };
    expect(placeMatches([dagestan], words)).toEqual([
      { queryWord: 1, word: placePostingWord('dagestan'), similarity: 0.8 },
    ]);
    expect(placeMatches([{ ...dagestan, matchedKey: key('Махачкала') }], words)).toEqual([]);
  });
});
