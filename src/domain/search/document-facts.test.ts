import { describe, expect, it } from 'vitest';
import { DocumentFactsCache, factsCacheOf, type DocumentFacts } from './document-facts.ts';

const facts = (number: number, codes: string[] = ['fisheries', 'fisheries.caviar']): DocumentFacts => ({
  number,
  type: 'item',
  id: `item-${number}`,
  kind: 'need',
  countryCode: 'RU',
  provinceId: 'astrakhan',
  taxonomyCodes: codes,
  hsCodes: ['0302'],
  updatedAtMs: number,
});

describe('DocumentFactsCache', () => {
  it('gives back what was stored, by number', () => {
    const cache = new DocumentFactsCache(10);
    cache.add(facts(7));
    expect(cache.get(7)).toEqual(facts(7));
    expect(cache.get(8)).toBeUndefined();
  });

  it('shares one list of codes between documents coded alike', () => {
    const cache = new DocumentFactsCache(10);
    const first = cache.add(facts(1));
    const second = cache.add(facts(2));
    expect(second.taxonomyCodes).toBe(first.taxonomyCodes);
    expect(cache.add(facts(3, ['energy'])).taxonomyCodes).toEqual(['energy']);
  });

  it('drops the oldest stored when full, never holding more than its capacity', () => {
    const cache = new DocumentFactsCache(20);
    for (let number = 1; number <= 25; number++) cache.add(facts(number));
    expect(cache.size).toBeLessThanOrEqual(20);
    expect(cache.get(1)).toBeUndefined();
    expect(cache.get(25)).toEqual(facts(25));
  });

  it('keeps one cache per database, so numbers of two databases never meet', () => {
    const one = {};
    const other = {};
    factsCacheOf(one).add(facts(1));
    expect(factsCacheOf(one).get(1)).toBeDefined();
    expect(factsCacheOf(other).get(1)).toBeUndefined();
  });
});
