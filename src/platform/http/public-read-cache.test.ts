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

  it('forgets everything on a change notice', () => {
    const { cache } = servingCache();
    cache.store('en /api/provinces', read('[1]'), cache.generation());
    cache.store('en /api/editions/current', read('{}'), cache.generation());
    cache.dropAll();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.find('en /api/editions/current')).toBeUndefined();
    expect(cache.size()).toEqual({ entries: 0, bytes: 0 });
  });

  it('refuses an answer read before a change that came in while it was being made', () => {
    const { cache } = servingCache();
    const before = cache.generation();
    cache.dropAll();
    expect(cache.store('en /api/provinces', read('[old]'), before)).toBe(false);
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.store('en /api/provinces', read('[new]'), cache.generation())).toBe(true);
  });

  it('neither serves nor stores while it cannot hear change notices', () => {
    const { cache } = servingCache();
    cache.store('en /api/provinces', read('[1]'), cache.generation());
    cache.suspend();
    expect(cache.find('en /api/provinces')).toBeUndefined();
    expect(cache.store('en /api/provinces', read('[2]'), cache.generation())).toBe(false);
  });

  it('starts empty when it hears notices again, refusing answers begun before', () => {
    const { cache } = servingCache();
    cache.suspend();
    const duringOutage = cache.generation();
    cache.resume();
    expect(cache.store('en /api/provinces', read('[stale]'), duringOutage)).toBe(false);
    expect(cache.find('en /api/provinces')).toBeUndefined();
  });

  it('serves nothing before it first listens', () => {
    const cache = createPublicReadCache({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 5000, nowMs: () => 0 });
    expect(cache.store('en /api/provinces', read('[1]'), cache.generation())).toBe(false);
  });

  it('lets an answer expire, and treats one stored at a later moment of the clock as expired', () => {
    const { cache, advance } = servingCache({ ttlMs: 5000 });
    cache.store('en /api/editions/current', read('{}'), cache.generation());
    advance(4999);
    expect(cache.find('en /api/editions/current')).toBeDefined();
    advance(1);
    expect(cache.find('en /api/editions/current')).toBeUndefined();
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
