/** A limit of `max` requests per key in each fixed window of `windowSeconds`. */
export type RateLimit = { bucket: string; max: number; windowSeconds: number };

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Windows are aligned to the epoch, so every instance puts a request into the same window. */
export function windowStartOf(now: Date, limit: Pick<RateLimit, 'windowSeconds'>): Date {
  const windowMs = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** The `count`th request of its window passes up to the limit; past it, the caller waits for the next window. */
export function judgeRequestCount(count: number, now: Date, limit: RateLimit): RateLimitVerdict {
  if (count <= limit.max) return { ok: true };
  const nextWindow = windowStartOf(now, limit).getTime() + limit.windowSeconds * 1000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((nextWindow - now.getTime()) / 1000)) };
}

/** Counters are swept once their window has ended; a day covers the longest window in use. */
export const RATE_LIMIT_RETENTION_SECONDS = 86_400;
