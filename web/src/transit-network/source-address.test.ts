import { describe, expect, it } from 'vitest';
import { splitSource } from './source-address.ts';

describe('sources', () => {
  it('links a web address, named by its site', () => {
    expect(splitSource('https://www.portnews.ru/news/341895')).toEqual({
      address: 'https://www.portnews.ru/news/341895',
      host: 'portnews.ru',
      remark: '',
    });
  });

  it('keeps the remark after an address out of the link', () => {
    const parts = splitSource('https://railturkey.org/2014/12/03/kazakhstan-railway/ (Iran section 88 km)');
    expect(parts.address).toBe('https://railturkey.org/2014/12/03/kazakhstan-railway/');
    expect(parts.remark).toBe('(Iran section 88 km)');
  });

  it('leaves the punctuation that ends an address out of the link', () => {
    expect(splitSource('https://en.trend.az/business/3027000.html; OSJD news')).toMatchObject({
      address: 'https://en.trend.az/business/3027000.html',
      remark: 'OSJD news',
    });
  });

  it('keeps a reference to a document as text', () => {
    expect(splitSource('seed/reference/corridor.json (sea edges\u2019 notes)')).toEqual({
      address: null,
      host: null,
      remark: 'seed/reference/corridor.json (sea edges\u2019 notes)',
    });
  });
});
