import { describe, expect, it } from 'vitest';
import { savedQueryOf, searchParamsOf, searchStateFrom, snippetParts, toggleFacet } from './search-query.ts';

describe('the search in the address', () => {
  it('reads the query and the known facets, and ignores the rest', () => {
    const state = searchStateFrom(new URLSearchParams('q=икра&country=IR&colour=red&kind='));
    expect(state).toEqual({ q: 'икра', facets: { country: 'IR' } });
  });

  it('writes back what it read, without empty values', () => {
    const params = searchParamsOf({ q: '  خاویار ', facets: { type: 'item', kind: undefined } });
    expect(params.toString()).toBe(new URLSearchParams({ q: 'خاویار', type: 'item' }).toString());
  });

  it('keeps a search as the address holds it, trimmed and without empty facets', () => {
    expect(savedQueryOf({ q: ' икра ', facets: { kind: 'need', country: '' } })).toEqual({ q: 'икра', kind: 'need' });
  });

  it('narrows by a facet value and widens again when it is chosen twice', () => {
    const narrowed = toggleFacet({ q: 'rice', facets: {} }, 'province', 'gilan');
    expect(narrowed.facets).toEqual({ province: 'gilan' });
    expect(toggleFacet(narrowed, 'province', 'gilan').facets).toEqual({});
    expect(toggleFacet(narrowed, 'province', 'mazandaran').facets).toEqual({ province: 'mazandaran' });
  });
});

describe('snippet marks', () => {
  it('cuts the snippet into plain and marked parts in order', () => {
    expect(
      snippetParts('farmed caviar in tins of caviar', [
        [25, 31],
        [7, 13],
      ]),
    ).toEqual([
      { text: 'farmed ', marked: false },
      { text: 'caviar', marked: true },
      { text: ' in tins of ', marked: false },
      { text: 'caviar', marked: true },
    ]);
  });

  it('clips ranges that overlap or run past the end', () => {
    expect(
      snippetParts('икра осетра', [
        [0, 4],
        [2, 7],
        [9, 40],
      ]),
    ).toEqual([
      { text: 'икра', marked: true },
      { text: ' ос', marked: true },
      { text: 'ет', marked: false },
      { text: 'ра', marked: true },
    ]);
  });
});
