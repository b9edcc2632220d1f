import { lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/query-rows.ts';
import { AppError } from '../errors/app-error.ts';
import { judgeRequestCount, RATE_LIMIT_RETENTION_SECONDS, type RateLimit, windowStartOf } from './rules.ts';
import { rateLimitCounters } from './tables.ts';

/**
 * Counts one request of `key` against `limit` and refuses it past the limit. The increment is one
 * atomic statement, so parallel requests on any number of instances each get their own count. It
 * runs on its own, outside the request's transaction, so a refused request still counts.
 */
export async function consumeRateLimit(db: Executor, limit: RateLimit, key: string, now: Date): Promise<void> {
  const windowStart = windowStartOf(now, limit);
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`insert into ${rateLimitCounters} (bucket, key, window_start, count)
        values (${limit.bucket}, ${key}, ${windowStart.toISOString()}, 1)
        on conflict (bucket, key, window_start) do update set count = ${rateLimitCounters}.count + 1
        returning count`,
  );
  const verdict = judgeRequestCount(Number(row!.count), now, limit);
  if (!verdict.ok) throw rateLimited(verdict.retryAfterSeconds);
}

/** Gives back a counted request that turned out to be legitimate (a successful sign-in), so only failures add up. */
export async function refundRateLimit(db: Executor, limit: RateLimit, key: string, now: Date): Promise<void> {
  await db.execute(
    sql`update ${rateLimitCounters} set count = greatest(count - 1, 0)
        where bucket = ${limit.bucket} and key = ${key} and window_start = ${windowStartOf(now, limit).toISOString()}`,
  );
}

/** The refusal of a request past a limit; the wait is a member so that the Retry-After header can say it too. */
export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(
    'rate_limited',
    { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
    { members: { retryAfterSeconds } },
  );
}

/** Removes counters of windows long over; every instance may run it at any time. */
export async function sweepRateLimitCounters(db: Executor, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RATE_LIMIT_RETENTION_SECONDS * 1000);
  return (
    await db
      .delete(rateLimitCounters)
      .where(lt(rateLimitCounters.windowStart, cutoff))
      .returning({ key: rateLimitCounters.key })
  ).length;
}
