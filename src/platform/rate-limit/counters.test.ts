import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { consumeRateLimit, refundRateLimit, sweepRateLimitCounters } from './counters.ts';
import { rateLimitCounters } from './tables.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

const now = new Date('2025-11-18T10:05:00Z');
const limit = { bucket: 'test', max: 5, windowSeconds: 600 };

async function outcomes(calls: Promise<void>[]) {
  const settled = await Promise.allSettled(calls);
  return {
    passed: settled.filter((outcome) => outcome.status === 'fulfilled').length,
    refused: settled.filter(
      (outcome) =>
        outcome.status === 'rejected' && outcome.reason instanceof AppError && outcome.reason.code === 'rate_limited',
    ).length,
  };
}

describe('rate limit counters', () => {
  it('lets exactly the limit through when requests arrive all at once', async () => {
    const calls = Array.from({ length: 30 }, () => consumeRateLimit(database.db, limit, 'burst', now));
    expect(await outcomes(calls)).toEqual({ passed: 5, refused: 25 });
  });

  it('tells the refused caller how long to wait, to the next window', async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit(database.db, limit, 'wait', now);
    const refusal = await consumeRateLimit(database.db, limit, 'wait', now).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      code: 'rate_limited',
      members: { retryAfterSeconds: 300 },
      params: { minutes: 5 },
    });
  });

  it('counts each key and each window on its own', async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit(database.db, limit, 'one', now);
    await expect(consumeRateLimit(database.db, limit, 'other', now)).resolves.toBeUndefined();
    await expect(
      consumeRateLimit(database.db, limit, 'one', new Date('2025-11-18T10:10:00Z')),
    ).resolves.toBeUndefined();
  });

  it('gives back a refunded request', async () => {
    for (let i = 0; i < 5; i++) await consumeRateLimit(database.db, limit, 'refund', now);
    await refundRateLimit(database.db, limit, 'refund', now);
    await expect(consumeRateLimit(database.db, limit, 'refund', now)).resolves.toBeUndefined();
  });

  it('sweeps counters of windows a day old and keeps the current ones', async () => {
    await consumeRateLimit(database.db, limit, 'old', new Date('2025-11-16T10:00:00Z'));
    const before = (await database.db.select({ n: count() }).from(rateLimitCounters))[0]!.n;
    expect(await sweepRateLimitCounters(database.db, now)).toBe(1);
    expect((await database.db.select({ n: count() }).from(rateLimitCounters))[0]!.n).toBe(before - 1);
  });
});
