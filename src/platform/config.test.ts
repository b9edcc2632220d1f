import { describe, expect, it } from 'vitest';
import { parseTrustProxy, readConfig, toFastifyTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, so X-Forwarded-For is ignored', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
  });

  it('takes true, a hop count, or a list of addresses and CIDR ranges', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 127.0.0.1, 10.0.0.0/8 ,')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(readConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
  });

  it('hands Fastify a hop count as a function of the hop', () => {
    const trust = toFastifyTrustProxy(2) as (address: string, hop: number) => boolean;
    expect([trust('10.0.0.1', 0), trust('10.0.0.1', 1), trust('10.0.0.1', 2)]).toEqual([true, true, false]);
  });
});

describe('PGLITE_SHARED_BUFFERS_MB', () => {
  it("leaves PGlite's own page cache when unset and takes a size in megabytes", () => {
    expect(readConfig({}).pgliteSharedBuffersMb).toBeUndefined();
    expect(readConfig({ PGLITE_SHARED_BUFFERS_MB: '1024' }).pgliteSharedBuffersMb).toBe(1024);
  });

  it('refuses a cache too small for PostgreSQL to start with, or not a number', () => {
    expect(() => readConfig({ PGLITE_SHARED_BUFFERS_MB: '8' })).toThrow();
    expect(() => readConfig({ PGLITE_SHARED_BUFFERS_MB: 'lots' })).toThrow();
  });
});
