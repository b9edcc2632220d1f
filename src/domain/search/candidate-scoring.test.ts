import { describe, expect, it } from 'vitest';
import { conceptScoreOf, rankCandidates, scoreCandidate } from './candidate-scoring.ts';
import type { DocumentFacts } from './document-facts.ts';
import { conceptCredits, SCORE_WEIGHTS } from './rules.ts';

const NOW = Date.UTC(2026, 11, 7);
const YEAR_MS = 365 * 86_400_000;

const facts = (number: number, overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({
  number,
  type: 'item',
  id: `item-${number}`,
  kind: 'offer',
  countryCode: 'IR',
  provinceId: 'gilan',
  taxonomyCodes: [],
  hsCodes: [],
  updatedAtMs: NOW,
  ...overrides,
});
const noQuery = { conceptCredits: [], placeWeights: new Map<string, number>(), nowMs: NOW };

describe('conceptScoreOf', () => {
  const credits = conceptCredits([
    { code: 'fisheries.caviar', confidence: 1 },
    { code: 'transport.ports', confidence: 0.5 },
  ]);

  it('credits the subcategory its confidence and the rest of its sector half', () => {
    const one = conceptCredits([{ code: 'fisheries.caviar', confidence: 0.8 }]);
    // Half the best credit, half the share of the query's confidence earned.
    expect(conceptScoreOf(['fisheries', 'fisheries.caviar'], one)).toBeCloseTo((0.8 + 0.8 / 0.8) / 2);
    expect(conceptScoreOf(['fisheries', 'fisheries.trout'], one)).toBeCloseTo((0.4 + 0.4 / 0.8) / 2);
    expect(conceptScoreOf(['energy'], one)).toBe(0);
  });

  it('ranks a document earning every concept of the query above one earning only the best', () => {
    const both = conceptScoreOf(['fisheries.caviar', 'transport.ports'], credits);
    const best = conceptScoreOf(['fisheries.caviar'], credits);
    expect(both).toBeCloseTo((1 + 1.5 / 1.5) / 2);
    expect(best).toBeCloseTo((1 + 1 / 1.5) / 2);
  });

  it('is 0 when the query names no concept', () => {
    expect(conceptScoreOf(['fisheries.caviar'], [])).toBe(0);
  });
});

describe('scoreCandidate', () => {
  it('blends text, concept, place and freshness with the documented weights', () => {
    const scored = scoreCandidate(facts(1, { updatedAtMs: NOW - YEAR_MS, provinceId: 'astrakhan' }), 0.5, {
      conceptCredits: [],
      placeWeights: new Map([['astrakhan', 0.9]]),
      nowMs: NOW,
    });
    expect(scored.freshness).toBeCloseTo(0.5);
    expect(scored.placeScore).toBe(0.9);
    expect(scored.score).toBeCloseTo(
      0.5 * SCORE_WEIGHTS.text + 0.9 * SCORE_WEIGHTS.place + 0.5 * SCORE_WEIGHTS.freshness,
    );
  });
});

describe('rankCandidates', () => {
  const known = new Map(
    [
      facts(1, { updatedAtMs: NOW - YEAR_MS }),
      facts(2),
      facts(3, { id: 'b' }),
      facts(4, { id: 'a' }),
      facts(5, { type: 'exhibitor', id: 'z' }),
    ].map((row) => [row.number, row]),
  );
  const factsOf = (number: number) => known.get(number);

  it('orders by score, then the newest, then type and id', () => {
    const ranked = rankCandidates(
      new Map([
        [1, 0.9],
        [2, 0.2],
        [3, 0.2],
        [4, 0.2],
        [5, 0.2],
      ]),
      factsOf,
      noQuery,
      10,
    );
    expect(ranked.map((candidate) => candidate.facts.number)).toEqual([1, 5, 4, 3, 2]);
  });

  it('keeps the best `size` and leaves out documents without facts', () => {
    const ranked = rankCandidates(
      new Map([
        [99, 1],
        [2, 0.5],
        [1, 0.1],
      ]),
      factsOf,
      noQuery,
      1,
    );
    expect(ranked.map((candidate) => candidate.facts.number)).toEqual([2]);
  });
});
