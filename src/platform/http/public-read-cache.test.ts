import { describe, expect, it } from 'vitest';
import {
  createPublicReadCache,
  isAnonymousRead,
  type PublicReadCacheOptions,
  publicReadKey,
} from './public-read-cache.ts';

const read = (body: string) => ({ body, etag: `W/"${body}"`, contentType: 'application/json; charset=utf-8' });

function servingCache(options: Partial<PublicReadCacheOptions> = {}) {
  let now = 0;
  const cache = createPublicReadCache({
    maxBytes: 1000,
    maxEntryBytes: 500,
    ttlMs: 5000,
    staleGraceMs: 300,
    nowMs: () => now,
    ...options,
  });
  cache.resume();
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('the copy of public answers', () => {
  it('serves what it stored under the same key, and nothing under another', () => {
    const { cache } = servingCache();
    expect(cache.store('en /api/provinces', read('[1]'), cache.generation())).toBe(true);
    expect(cache.find('en /api/provinces')?.body).toBe('[1]');
    expect(cache.find('fa /api/provinces')).toBeUndefined();
  });

  it('after a change, sends the next reader of each answer to the database', () => {
    const { cache } = servingCache();
    cache.store('en /api/provinces', read('[1]'), cache.generation());
    cache.store('en /api/editions/current', read('{}'), cache.generation());
    cache.noteChange();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.find('en /api/editions/current')).toBeUndefined();
  });

  it('gives the old answer to readers who come while the next one is being made, and the new one after', () => {
    const { cache, advance } = servingCache();
    cache.store('en /api/provinces', read('[old]'), cache.generation());
    cache.noteChange();
    const refresher = cache.generation();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    advance(100);
    expect(cache.find('en /api/provinces')?.body).toBe('[old]');
    cache.store('en /api/provinces', read('[new]'), refresher);
    expect(cache.find('en /api/provinces')?.body).toBe('[new]');
  });

  it('gives no old answer past the grace after the change, even while the next one is still being made', () => {
    const { cache, advance } = servingCache({ staleGraceMs: 300 });
    cache.store('en /api/provinces', read('[old]'), cache.generation());
    cache.noteChange();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    advance(299);
    expect(cache.find('en /api/provinces')?.body).toBe('[old]');
    advance(1);
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.find('en /api/provinces')).toBeUndefined();
  });

  it('counts the grace from the first change the answer missed, not the latest', () => {
    const { cache, advance } = servingCache({ staleGraceMs: 300 });
    cache.store('en /api/provinces', read('[old]'), cache.generation());
    cache.noteChange();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    advance(200);
    cache.noteChange();
    advance(100);
    expect(cache.find('en /api/provinces')).toBeUndefined();
  });

  it('holds an answer begun before a change as old from that change on, never as new', () => {
    const { cache, advance } = servingCache();
    const before = cache.generation();
    cache.noteChange();
    advance(10);
    expect(cache.store('en /api/provinces', read('[begun before]'), before)).toBe(true);
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.find('en /api/provinces')?.body).toBe('[begun before]');
    advance(290);
    expect(cache.find('en /api/provinces')).toBeUndefined();
  });

  it('does not keep an answer begun before a change older than the grace, nor over a newer one', () => {
    const { cache, advance } = servingCache();
    const before = cache.generation();
    cache.noteChange();
    advance(300);
    expect(cache.store('en /api/provinces', read('[too old]'), before)).toBe(false);
    expect(cache.store('en /api/provinces', read('[new]'), cache.generation())).toBe(true);
    expect(cache.store('en /api/provinces', read('[older]'), cache.generation() - 1)).toBe(false);
    expect(cache.find('en /api/provinces')?.body).toBe('[new]');
  });

  it('neither serves nor stores while it cannot hear change notices', () => {
    const { cache } = servingCache();
    cache.store('en /api/provinces', read('[1]'), cache.generation());
    cache.suspend();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.store('en /api/provinces', read('[2]'), cache.generation())).toBe(false);
  });

  it('starts empty when it hears notices again, gives nothing it held before, keeps nothing begun before', () => {
    const { cache } = servingCache();
    cache.store('en /api/provinces', read('[held]'), cache.generation());
    cache.suspend();
    const duringOutage = cache.generation();
    cache.resume();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.store('en /api/provinces', read('[stale]'), duringOutage)).toBe(false);
    expect(cache.find('en /api/provinces')).toBeUndefined();
  });

  it('serves nothing before it first listens', () => {
    const cache = createPublicReadCache({
      maxBytes: 1000,
      maxEntryBytes: 500,
      ttlMs: 5000,
      staleGraceMs: 300,
      nowMs: () => 0,
    });
    expect(cache.store('en /api/provinces', read('[1]'), cache.generation())).toBe(false);
  });

  it('lets an answer expire: made again by the next reader, and given to nobody past the grace', () => {
    const { cache, advance } = servingCache({ ttlMs: 5000, staleGraceMs: 300 });
    cache.store('en /api/editions/current', read('{}'), cache.generation());
    advance(4999);
    expect(cache.find('en /api/editions/current')).toBeDefined();
    advance(1);
    expect(cache.find('en /api/editions/current')).toBeUndefined();
    expect(cache.find('en /api/editions/current')).toBeDefined();
    advance(300);
    expect(cache.find('en /api/editions/current')).toBeUndefined();
    expect(cache.find('en /api/editions/current')).toBeUndefined();
  });

  it('treats an answer stored at a later moment of the clock as expired', () => {
    const { cache, advance } = servingCache();
    cache.store('en /api/editions/current', read('{}'), cache.generation());
    advance(-1);
    expect(cache.find('en /api/editions/current')).toBeUndefined();
  });

  it('pushes out the least recently used answer to stay within its bytes', () => {
    const { cache } = servingCache({ maxBytes: 300, maxEntryBytes: 300 });
    const hundred = (name: string) => `${name}${'x'.repeat(100 - name.length - 'k'.length)}`;
    cache.store('a', read(hundred('a')), cache.generation());
    cache.store('b', read(hundred('b')), cache.generation());
    cache.store('c', read(hundred('c')), cache.generation());
    cache.find('a');
    cache.store('d', read(hundred('d')), cache.generation());
    expect(cache.find('b')).toBeUndefined();
    expect(cache.find('a')).toBeDefined();
    expect(cache.find('c')).toBeDefined();
    expect(cache.find('d')).toBeDefined();
    expect(cache.size().bytes).toBeLessThanOrEqual(300);
  });

  it('counts a replaced answer once', () => {
    const { cache } = servingCache();
    cache.store('k', read('12345'), cache.generation());
    cache.store('k', read('123'), cache.generation());
    expect(cache.size()).toEqual({ entries: 1, bytes: 4 });
  });

  it('does not hold an answer larger than one entry may be', () => {
    const { cache } = servingCache({ maxEntryBytes: 10 });
    expect(cache.store('k', read('x'.repeat(10)), cache.generation())).toBe(false);
    expect(cache.find('k')).toBeUndefined();
  });

  it('measures bytes, not characters', () => {
    const { cache } = servingCache({ maxEntryBytes: 12 });
    expect(cache.store('k', read('خاویار'), cache.generation())).toBe(false);
  });
});

describe('the key of a public answer', () => {
  it('is the same whatever order the query names its parameters in', () => {
    expect(publicReadKey('/api/items?offset=0&limit=20', 'en')).toBe(
      publicReadKey('/api/items?limit=20&offset=0', 'en'),
    );
  });

  it('keeps the order of one parameter given twice, which the handler may read as a list', () => {
    expect(publicReadKey('/api/items?hs=03&limit=5&hs=16', 'en')).not.toBe(
      publicReadKey('/api/items?hs=16&limit=5&hs=03', 'en'),
    );
    expect(publicReadKey('/api/items?hs=03&limit=5&hs=16', 'en')).toBe(
      publicReadKey('/api/items?limit=5&hs=03&hs=16', 'en'),
    );
  });

  it('orders parameters by their decoded names, so an encoded name cannot swap the order of a list', () => {
    expect(publicReadKey('/api/items?hs=1&%68s=2', 'en')).not.toBe(publicReadKey('/api/items?%68s=2&hs=1', 'en'));
  });

  it('differs by language, path and value', () => {
    const base = publicReadKey('/api/provinces/gilan?x=1', 'en');
    expect(publicReadKey('/api/provinces/gilan?x=1', 'fa')).not.toBe(base);
    expect(publicReadKey('/api/provinces/mazandaran?x=1', 'en')).not.toBe(base);
    expect(publicReadKey('/api/provinces/gilan?x=2', 'en')).not.toBe(base);
  });

  it('survives a name that is not valid percent-encoding', () => {
    expect(publicReadKey('/api/items?%zz=1&a=2', 'en')).toBe('en /api/items?%zz=1&a=2');
  });
});

describe('which requests may use the copy', () => {
  it('takes a GET without credentials, with no cookie or only the language one', () => {
    expect(isAnonymousRead('GET', {}, [], 'cb_lang')).toBe(true);
    expect(isAnonymousRead('GET', {}, ['cb_lang'], 'cb_lang')).toBe(true);
  });

  it('leaves out a request with a session or any other cookie', () => {
    expect(isAnonymousRead('GET', {}, ['cb_lang', 'cb_session'], 'cb_lang')).toBe(false);
    expect(isAnonymousRead('GET', {}, ['tracking'], 'cb_lang')).toBe(false);
  });

  it('leaves out a request carrying an Authorization header, and every method but GET', () => {
    expect(isAnonymousRead('GET', { authorization: 'Bearer x' }, [], 'cb_lang')).toBe(false);
    expect(isAnonymousRead('HEAD', {}, [], 'cb_lang')).toBe(false);
    expect(isAnonymousRead('POST', {}, [], 'cb_lang')).toBe(false);
  });
});
