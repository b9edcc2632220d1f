import { describe, expect, it } from 'vitest';
import {
  countFacets,
  cutSnippet,
  decodeCursor,
  encodeCursor,
  indexWordsOf,
  MAX_FINDING_WORDS,
  prepareQuery,
  wordKeysOf,
} from './rules.ts';

const marked = (text: string, query: string) => {
  const snippet = cutSnippet(text, prepareQuery(query)?.words ?? []);
  return snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
};

describe('reading a query', () => {
  it('keeps the words that can find something and drops stop words and punctuation', () => {
    const query = prepareQuery('Offer of rice, for Astrakhan!');
    expect(query?.findingWords).toEqual(wordKeysOf('offer rice Astrakhan'));
    expect(query?.words).toHaveLength(5);
    expect(prepareQuery('?!… ---')).toBeNull();
  });

  it('meets Persian letter variants and Cyrillic spellings in one key', () => {
    expect(prepareQuery('كاويار')?.key).toBe(prepareQuery('کاویار')?.key);
    expect(prepareQuery('Туркменбаши')?.key).toBe(prepareQuery('Türkmenbaşy')?.key);
  });
});

describe('the words a document is indexed by', () => {
  it('are the spelling keys a query could find, without stop words, short words or overlong tokens', () => {
    const words = indexWordsOf(`Закупаем рис для Астрахани, 5 т, и ${'x'.repeat(60)}`);
    expect(words).toEqual(wordKeysOf('Закупаем рис Астрахани 5'));
  });

  it('meet the words of a query in another script', () => {
    expect(indexWordsOf('Türkmenbaşy portunda')).toEqual(prepareQuery('Туркменбаши портунда')?.findingWords);
  });

  it('are read from at most the first dozen words of a long query', () => {
    const long = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    expect(prepareQuery(long)?.findingWords).toHaveLength(MAX_FINDING_WORDS);
  });
});

describe('facet counts', () => {
  const hit = (overrides: Partial<Parameters<typeof countFacets>[0][number]>) => ({
    type: 'item',
    kind: 'offer',
    countryCode: 'IR',
    provinceId: 'gilan',
    taxonomyCodes: ['fisheries_aquaculture', 'fisheries_aquaculture.caviar_sturgeon_products'],
    hsCodes: ['030289', '030299'],
    ...overrides,
  });

  it('counts each hit once per value, most first, sectors only, HS by chapter', () => {
    const facets = countFacets([
      hit({}),
      hit({ kind: 'need', provinceId: 'astrakhan', countryCode: 'RU', hsCodes: ['1604'] }),
      hit({ type: 'province', kind: null, taxonomyCodes: [], hsCodes: [] }),
    ]);
    expect(facets.type).toEqual([
      { value: 'item', count: 2 },
      { value: 'province', count: 1 },
    ]);
    expect(facets.kind).toEqual([
      { value: 'need', count: 1 },
      { value: 'offer', count: 1 },
    ]);
    expect(facets.sector).toEqual([{ value: 'fisheries_aquaculture', count: 2 }]);
    expect(facets.hs).toEqual([
      { value: '03', count: 1 },
      { value: '16', count: 1 },
    ]);
    expect(facets.province[0]).toEqual({ value: 'gilan', count: 2 });
  });
});

describe('snippets', () => {
  it('marks other forms of a query word: «икру» for «икра», «осетровых» for «осетровая»', () => {
    expect(marked('Хозяйство предлагает пищевую икру осетровых рыб.', 'осетровая икра')).toEqual(['икру']);
    expect(marked('Продаём икру и молодь осетровых.', 'икра осетр')).toEqual(['икру', 'осетровых']);
  });

  it('does not mark a word that only shares a short beginning', () => {
    expect(marked('Risk of rice blast in the paddies.', 'rice')).toEqual(['rice']);
  });

  it('cuts a long text around the first match, with ellipses', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Caviar in 50 g tins. ${'More words here. '.repeat(20)}`;
    const snippet = cutSnippet(text, ['caviar'], 120);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(marked(text, 'caviar')).toEqual(['Caviar']);
  });
});

describe('cursors', () => {
  it('reads back what it wrote and refuses anything else', () => {
    expect(decodeCursor(encodeCursor({ offset: 40, query: 'abc' }))).toEqual({ offset: 40, query: 'abc' });
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('[1]').toString('base64url'))).toBeNull();
  });
});
