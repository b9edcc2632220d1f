import { describe, expect, it } from 'vitest';
import type { MatchableItem, TransitEstimate } from './model.ts';
import { MATCH_WEIGHTS, rankMatchesFor, scoreMatch } from './rules.ts';

const CAVIAR = 'fisheries_aquaculture.caviar_sturgeon_products';
const FRESH_FISH = 'fisheries_aquaculture.fresh_frozen_fish';

function item(overrides: Partial<MatchableItem> & Pick<MatchableItem, 'id'>): MatchableItem {
  return {
    kind: 'offer',
    provinceId: 'gilan',
    countryCode: 'IR',
    language: 'fa',
    taxonomyCodes: [CAVIAR],
    hsCodes: ['0302'],
    textKeys: ['haviar', 'osetr'],
    quantity: null,
    seasonMonths: [],
    validFrom: null,
    validUntil: null,
    contactLanguages: ['fa', 'en'],
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

const need = (overrides: Partial<MatchableItem> = {}) =>
  item({
    id: 'need-1',
    kind: 'need',
    provinceId: 'astrakhan',
    countryCode: 'RU',
    language: 'ru',
    contactLanguages: ['ru', 'en'],
    ...overrides,
  });
const offer = (id: string, overrides: Partial<MatchableItem> = {}) => item({ id, ...overrides });

const route = (overrides: Partial<TransitEstimate> = {}): TransitEstimate => ({
  hours: 72,
  usdPerTonne: 60,
  borders: 1,
  co2KgPerTonne: 30,
  routeFound: true,
  ...overrides,
});
const sameRoute = () => route();

describe('scoreMatch', () => {
  it('blends the parts with weights that add up to one, rounded to 3 decimals', () => {
    const total = Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
    expect(total).toBeCloseTo(1, 10);
    const match = scoreMatch(need(), offer('offer-1'), route())!;
    const blended = Object.entries(match.parts).reduce(
      (sum, [part, value]) => sum + value * MATCH_WEIGHTS[part as keyof typeof MATCH_WEIGHTS],
      0,
    );
    expect(match.score).toBe(Math.round(blended * 1000) / 1000);
  });

  it('never matches two items of the same province', () => {
    expect(scoreMatch(need({ provinceId: 'gilan' }), offer('offer-1', { provinceId: 'gilan' }), route())).toBeNull();
  });

  it('matches only a need with an offer', () => {
    expect(scoreMatch(offer('offer-0'), offer('offer-1'), route())).toBeNull();
    expect(scoreMatch(need(), need({ id: 'need-2', provinceId: 'gilan' }), route())).toBeNull();
  });

  it('never matches items whose validity periods have no day in common', () => {
    const early = need({ validFrom: '2026-01-01', validUntil: '2026-03-31' });
    expect(scoreMatch(early, offer('offer-1', { validFrom: '2026-04-01' }), route())).toBeNull();
    expect(scoreMatch(early, offer('offer-1', { validUntil: '2025-12-31' }), route())).toBeNull();
  });

  it('matches periods that share a single day, with a low validity part', () => {
    const early = need({ validFrom: '2026-01-01', validUntil: '2026-03-31' });
    const match = scoreMatch(early, offer('offer-1', { validFrom: '2026-03-31' }), route())!;
    expect(match.parts.validity).toBeGreaterThan(0);
    expect(match.parts.validity).toBeLessThan(0.1);
  });

  it('does not match items with nothing in common, however close their other parts', () => {
    const fish = need({ taxonomyCodes: [CAVIAR], hsCodes: ['03'], textKeys: ['haviar'] });
    const tea = offer('offer-1', { taxonomyCodes: ['agriculture_food.tea'], hsCodes: ['09'], textKeys: ['chai'] });
    expect(scoreMatch(fish, tea, route())).toBeNull();
  });

  it('does not let a stop word, a short word or a number make items match', () => {
    const fish = need({ taxonomyCodes: [], hsCodes: [], textKeys: ['the', 'ab', '500', 'haviar'] });
    const tea = offer('offer-1', { taxonomyCodes: [], hsCodes: [], textKeys: ['the', 'ab', '500', 'chai'] });
    expect(scoreMatch(fish, tea, route())).toBeNull();
    expect(scoreMatch(fish, { ...tea, textKeys: ['haviar'] }, route())?.why.sharedWords).toEqual(['haviar']);
  });

  it('says an interpreter is needed when the two sides share no contact language', () => {
    const match = scoreMatch(
      need({ contactLanguages: ['ru'] }),
      offer('offer-1', { contactLanguages: ['fa'] }),
      route(),
    )!;
    expect(match.why.interpreterNeeded).toBe(true);
    expect(match.why.sharedLanguages).toEqual([]);
    expect(match.parts.language).toBeLessThan(0.5);
  });

  it('falls back to the item language when no contact language is given', () => {
    const russianOffer = offer('offer-1', { language: 'ru', contactLanguages: [] });
    const match = scoreMatch(need({ contactLanguages: ['ru'] }), russianOffer, route())!;
    expect(match.why).toMatchObject({ interpreterNeeded: false, sharedLanguages: ['ru'] });
    expect(match.parts.language).toBe(1);
  });

  it('fits quantities within a factor fully, far apart less, and unknown or unlike units neutrally', () => {
    const wants = need({ quantity: { amount: 100, unit: 't', period: 'year' } });
    const partFor = (quantity: MatchableItem['quantity']) =>
      scoreMatch(wants, offer('offer-1', { quantity }), route())!.parts.quantity;
    expect(partFor({ amount: 150_000, unit: 'kg', period: 'year' })).toBe(1);
    expect(partFor({ amount: 10, unit: 't', period: 'month' })).toBe(1);
    expect(partFor({ amount: 2000, unit: 't', period: 'year' })).toBeLessThan(0.6);
    expect(partFor({ amount: 100, unit: 'teu', period: 'year' })).toBe(0.5);
    expect(partFor(null)).toBe(0.5);
  });

  it('scores seasons by their common months, an empty season being all year', () => {
    const winter = need({ seasonMonths: [12, 1, 2] });
    const partFor = (seasonMonths: number[]) =>
      scoreMatch(winter, offer('offer-1', { seasonMonths }), route())!.parts.season;
    expect(partFor([])).toBe(1);
    expect(partFor([1, 2, 3, 4])).toBeCloseTo(2 / 3);
    expect(partFor([6, 7])).toBe(0);
  });

  it('lowers a match without a known route but keeps it', () => {
    const withRoute = scoreMatch(need(), offer('offer-1'), route())!;
    const without = scoreMatch(need(), offer('offer-1'), null)!;
    const notFound = scoreMatch(need(), offer('offer-1'), route({ routeFound: false }))!;
    expect(without.score).toBeLessThan(withRoute.score);
    expect(notFound.parts.transit).toBe(without.parts.transit);
    expect(without.why.transit).toBeNull();
  });

  it('explains the match by the finest shared codes and the shared words', () => {
    const wants = need({ taxonomyCodes: [CAVIAR, 'agriculture_food'], hsCodes: ['030211', '1604'] });
    const has = offer('offer-1', {
      taxonomyCodes: [CAVIAR, 'agriculture_food.rice'],
      hsCodes: ['030211', '0302', '160431'],
    });
    expect(scoreMatch(wants, has, route())!.why).toMatchObject({
      sharedTaxonomy: ['agriculture_food', CAVIAR],
      sharedHs: ['030211', '1604'],
      sharedWords: ['haviar', 'osetr'],
    });
  });
});

describe('rankMatchesFor', () => {
  it('ranks a subcategory match above a sector-only match', () => {
    const offers = [offer('offer-a', { taxonomyCodes: [FRESH_FISH] }), offer('offer-b', { taxonomyCodes: [CAVIAR] })];
    const ranked = rankMatchesFor(need(), offers, sameRoute, 10);
    expect(ranked.map((match) => match.offerId)).toEqual(['offer-b', 'offer-a']);
    expect(ranked.map((match) => match.parts.taxonomy)).toEqual([1, 0.5]);
  });

  it('ranks a shared HS subheading above a heading, and a heading above a chapter', () => {
    const wants = need({ hsCodes: ['030211'] });
    const offers = [
      offer('offer-a', { hsCodes: ['03'] }),
      offer('offer-b', { hsCodes: ['030219'] }),
      offer('offer-c', { hsCodes: ['030211'] }),
    ];
    expect(rankMatchesFor(wants, offers, sameRoute, 10).map((match) => match.offerId)).toEqual([
      'offer-c',
      'offer-b',
      'offer-a',
    ]);
  });

  it('ranks a cheaper, faster route above a dear, slow one, all else equal', () => {
    const offers = [offer('offer-a', { provinceId: 'gilan' }), offer('offer-b', { provinceId: 'mangystau' })];
    const transitOf = (from: string) =>
      from === 'gilan' ? route({ hours: 240, usdPerTonne: 140, borders: 2 }) : route({ hours: 40, usdPerTonne: 35 });
    const ranked = rankMatchesFor(need(), offers, transitOf, 10);
    expect(ranked.map((match) => match.offerId)).toEqual(['offer-b', 'offer-a']);
    expect(ranked[0]!.why.transit).toEqual(route({ hours: 40, usdPerTonne: 35 }));
  });

  it('asks transit from the offer province to the need province, whichever side is ranked', () => {
    const asked: string[] = [];
    const transitOf = (from: string, to: string) => {
      asked.push(`${from}>${to}`);
      return route();
    };
    rankMatchesFor(need(), [offer('offer-a')], transitOf, 10);
    rankMatchesFor(offer('offer-a'), [need()], transitOf, 10);
    expect(asked).toEqual(['gilan>astrakhan', 'gilan>astrakhan']);
  });

  it('leaves out candidates of the same province, of the same kind, and those that cannot match', () => {
    const candidates = [
      offer('offer-a', { provinceId: 'astrakhan' }),
      need({ id: 'need-2', provinceId: 'gilan' }),
      offer('offer-b', { validUntil: '2020-01-01' }),
      offer('offer-c'),
    ];
    const current = need({ validFrom: '2026-01-01' });
    expect(rankMatchesFor(current, candidates, sameRoute, 10).map((match) => match.offerId)).toEqual(['offer-c']);
  });

  it('gives the same ranking whatever the order of the candidates, breaking ties by id', () => {
    const offers = ['offer-d', 'offer-b', 'offer-a', 'offer-c'].map((id, index) =>
      offer(id, { taxonomyCodes: index % 2 === 0 ? [CAVIAR] : [FRESH_FISH] }),
    );
    const ranked = rankMatchesFor(need(), offers, sameRoute, 3);
    expect(ranked.map((match) => match.offerId)).toEqual(['offer-a', 'offer-d', 'offer-b']);
    expect(rankMatchesFor(need(), [...offers].reverse(), sameRoute, 3)).toEqual(ranked);
  });

  it('ranks needs for an offer', () => {
    const needs = [
      need({ id: 'need-a', taxonomyCodes: [FRESH_FISH] }),
      need({ id: 'need-b', taxonomyCodes: [CAVIAR] }),
    ];
    const ranked = rankMatchesFor(offer('offer-1'), needs, sameRoute, 1);
    expect(ranked.map((match) => [match.needId, match.offerId])).toEqual([['need-b', 'offer-1']]);
  });
});
