import { describe, expect, it } from 'vitest';
import { closestWords, rankByText, type WordMatch } from './text-ranking.ts';

const match = (queryWord: number, word: string, similarity: number): WordMatch => ({ queryWord, word, similarity });

describe('rankByText', () => {
  const matches = [match(0, 'ikra', 1), match(0, 'ikry', 0.6), match(1, 'osetr', 1)];
  const postings = new Map([
    ['ikra', [10, 11]],
    ['ikry', [11, 12]],
    ['osetr', [11, 13]],
  ]);

  it('credits each query word once, with its closest word in the document, averaged over the query', () => {
    const hits = rankByText(matches, postings, 2, 10);
    expect(hits).toEqual([
      { document: 11, textScore: 1 },
      { document: 13, textScore: 0.5 },
      { document: 10, textScore: 0.5 },
      { document: 12, textScore: 0.3 },
    ]);
  });

  it('keeps the best `size`, ties to the newest document', () => {
    expect(rankByText(matches, postings, 2, 2).map((hit) => hit.document)).toEqual([11, 13]);
  });

  it('finds nothing without postings', () => {
    expect(rankByText(matches, new Map(), 2, 10)).toEqual([]);
  });
});

describe('closestWords', () => {
  it('takes the closest word of each query word and their mean similarity', () => {
    const found = closestWords([match(0, 'ikry', 0.6), match(0, 'ikra', 1), match(1, 'osetrovaya', 0.8)], 2);
    expect(found).toEqual({ words: ['ikra', 'osetrovaya'], textScore: 0.9 });
  });

  it('is null when a query word resembles no vocabulary word', () => {
    expect(closestWords([match(0, 'ikra', 1)], 2)).toBeNull();
  });
});
