import { describe, expect, it } from 'vitest';
import { cutSnippet, decodeCursor, encodeCursor, prepareQuery, wordKeysOf } from './rules.ts';

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
