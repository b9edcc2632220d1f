import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { createMatchIndex, matchAll } from './match-index.ts';
import type { Match, MatchableItem, TransitEstimate } from './model.ts';
import { rankMatchesFor, scoreMatch } from './rules.ts';

/** Fixed, so a failure is the same on every run; fast-check prints the failing case. */
const SEED = 20251118;
const PROVINCES = ['gilan', 'astrakhan', 'mangystau', 'balkan'];

/** Few values per field, so random items share codes and words often and tie on scores often. */
const arbitraryItem = fc.record({
  kind: fc.constantFrom('need' as const, 'offer' as const),
  provinceId: fc.constantFrom(...PROVINCES),
  language: fc.constantFrom(...LOCALES),
  taxonomyCodes: fc.uniqueArray(
    fc.constantFrom('fisheries', 'fisheries.caviar', 'fisheries.fish', 'food', 'food.rice', 'food.tea', 'energy.gas'),
    { maxLength: 2 },
  ),
  hsCodes: fc.uniqueArray(fc.constantFrom('03', '0302', '030211', '030212', '0303', '16', '1604', '10', '1006'), {
    maxLength: 2,
  }),
  textKeys: fc.uniqueArray(fc.constantFrom('haviar', 'osetr', 'ris', 'chai', 'ferri', 'port', 'the', 'ab', '500'), {
    maxLength: 4,
  }),
  quantity: fc.option(
    fc.record({
      amount: fc.constantFrom(5, 100, 150, 2000),
      unit: fc.constantFrom('t' as const, 'kg' as const, 'teu' as const),
      period: fc.constantFrom('year' as const, 'month' as const, null),
    }),
    { nil: null },
  ),
  seasonMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
  validFrom: fc.constantFrom(null, '2026-01-01', '2026-06-01'),
  validUntil: fc.constantFrom(null, '2026-03-31', '2026-12-31'),
  contactLanguages: fc.uniqueArray(fc.constantFrom(...LOCALES), { maxLength: 2 }),
});

const arbitraryItems = fc.array(arbitraryItem, { minLength: 1, maxLength: 60 }).map((drafts) =>
  drafts.map(
    (draft, index): MatchableItem => ({
      ...draft,
      // Ids in another order than the items', so no path can rank by position and pass by chance.
      id: `item-${String((index * 37) % 101).padStart(3, '0')}-${index}`,
      countryCode: null,
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    }),
  ),
);

/** Routes of every quality, and none between some provinces. */
function transitOf(from: string, to: string): TransitEstimate | null {
  const distance = Math.abs(PROVINCES.indexOf(from) - PROVINCES.indexOf(to));
  if (distance === 3) return null;
  return {
    hours: 30 * distance,
    usdPerTonne: 25 * distance,
    borders: distance - 1,
    co2KgPerTonne: 9,
    routeFound: true,
  };
}

const opposite = (items: readonly MatchableItem[], item: MatchableItem) =>
  items.filter((other) => other.kind !== item.kind);

/** Every pair scored: what the index must reproduce. */
function bruteForceMatches(item: MatchableItem, items: readonly MatchableItem[]): Match[] {
  return opposite(items, item)
    .map((other) =>
      item.kind === 'need'
        ? scoreMatch(item, other, transitOf(other.provinceId, item.provinceId))
        : scoreMatch(other, item, transitOf(item.provinceId, other.provinceId)),
    )
    .filter((match) => match !== null);
}

const byPair = (matches: readonly Match[]) =>
  matches.map((match) => `${match.needId}/${match.offerId}=${match.score}`).sort();

describe('the match index', () => {
  it('finds exactly the matches a comparison of all pairs finds, with the same scores', () => {
    fc.assert(
      fc.property(arbitraryItems, (items) => {
        const index = createMatchIndex(items);
        for (const item of items) {
          const viaIndex = rankMatchesFor(item, index.candidatesFor(item), transitOf, Number.MAX_SAFE_INTEGER);
          expect(byPair(viaIndex)).toEqual(byPair(bruteForceMatches(item, items)));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('gives the same top matches, in the same order, as ranking every candidate', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.integer({ min: 1, max: 6 }), (items, limit) => {
        const index = createMatchIndex(items);
        for (const item of items) {
          const everyone = rankMatchesFor(item, opposite(items, item), transitOf, limit);
          expect(index.topMatchesFor(item, transitOf, limit)).toEqual(everyone);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('matches every need at once as ranking each need against all offers does', () => {
    fc.assert(
      fc.property(arbitraryItems, (items) => {
        const needs = items.filter((item) => item.kind === 'need');
        const all = matchAll(needs, opposite(items, needs[0] ?? items[0]!), transitOf, 3);
        expect([...all.keys()]).toEqual(needs.map((need) => need.id));
        for (const need of needs) {
          expect(all.get(need.id)).toEqual(rankMatchesFor(need, opposite(items, need), transitOf, 3));
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('gives the same results whatever order the items were added in', () => {
    fc.assert(
      fc.property(arbitraryItems, (items) => {
        const forwards = createMatchIndex(items);
        const backwards = createMatchIndex([...items].reverse());
        for (const item of items) {
          expect(backwards.candidatesFor(item)).toEqual(forwards.candidatesFor(item));
          expect(backwards.topMatchesFor(item, transitOf, 5)).toEqual(forwards.topMatchesFor(item, transitOf, 5));
        }
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('forgets a removed item, and finds the same as an index built without it', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.nat(), (items, pick) => {
        const gone = items[pick % items.length]!;
        const index = createMatchIndex(items);
        expect(index.remove(gone.id)).toBe(true);
        expect(index.remove(gone.id)).toBe(false);
        const rest = items.filter((item) => item !== gone);
        const rebuilt = createMatchIndex(rest);
        expect(index.size).toBe(rest.length);
        for (const item of items) {
          const candidates = index.candidatesFor(item);
          expect(candidates).not.toContain(gone);
          expect(candidates).toEqual(rebuilt.candidatesFor(item));
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('replaces an item added again under the same id', () => {
    const base: MatchableItem = {
      id: 'offer-1',
      kind: 'offer',
      provinceId: 'gilan',
      countryCode: 'IR',
      language: 'fa',
      taxonomyCodes: ['fisheries.caviar'],
      hsCodes: [],
      textKeys: [],
      quantity: null,
      seasonMonths: [],
      validFrom: null,
      validUntil: null,
      contactLanguages: [],
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    };
    const wanted: MatchableItem = { ...base, id: 'need-1', kind: 'need', provinceId: 'astrakhan' };
    const index = createMatchIndex([base]);
    index.add({ ...base, taxonomyCodes: ['food.rice'] });
    expect(index.size).toBe(1);
    expect(index.candidatesFor(wanted)).toEqual([]);
    index.add(base);
    expect(index.candidatesFor(wanted)).toEqual([base]);
  });

  it('lists a need without any match with no matches', () => {
    const lonely: MatchableItem = {
      id: 'need-1',
      kind: 'need',
      provinceId: 'gilan',
      countryCode: 'IR',
      language: 'fa',
      taxonomyCodes: ['energy.gas'],
      hsCodes: [],
      textKeys: [],
      quantity: null,
      seasonMonths: [],
      validFrom: null,
      validUntil: null,
      contactLanguages: [],
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    };
    expect(matchAll([lonely], [], transitOf, 10)).toEqual(new Map([['need-1', []]]));
  });
});
