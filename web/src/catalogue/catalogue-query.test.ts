import { describe, expect, it } from 'vitest';
import { filtersFrom, itemsQuery, PAGE_SIZE } from './catalogue-query.ts';

describe('the list query', () => {
  it('sends the known, non-empty filters of the page URL with one page of the list', () => {
    const filters = filtersFrom(new URLSearchParams('country=RU&province=&kind=need&q=%20fish%20&utm=mail'));
    expect(itemsQuery(filters, 40)).toEqual({ limit: PAGE_SIZE, offset: 40, country: 'RU', kind: 'need', q: 'fish' });
  });

  it('leaves out a kind the API does not know rather than asking for a refusal', () => {
    expect(itemsQuery({ kind: 'gift', sector: 'energy' }, 0)).toEqual({
      limit: PAGE_SIZE,
      offset: 0,
      sector: 'energy',
    });
  });
});
