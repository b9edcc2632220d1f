import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { consumeRateLimit } from './counters.ts';
import type { RateLimit } from './rules.ts';

/**
 * A route's pre-handler that counts the request against `limit` by `keyOf` (the caller's address by
 * default). It runs after validation, so a malformed body is refused without using up the allowance.
 */
export function limitRequests(
  limit: RateLimit,
  keyOf: (request: FastifyRequest) => string = (request) => request.ip,
): preHandlerAsyncHookHandler {
  return async (request) => {
    await consumeRateLimit(request.context.db, limit, keyOf(request), request.context.now);
  };
}

/** A signed-in caller is counted by who they are, whatever address they come from. */
export const byActorOrAddress = (request: FastifyRequest) =>
  request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;

/** Every refusal that says how long to wait also says it in the Retry-After header (RFC 9110, in seconds). */
export function registerRetryAfter(app: FastifyInstance): void {
  app.addHook('onError', async (_request, reply, error) => {
    if (!(error instanceof AppError) || error.kind !== 'rate_limited') return;
    const seconds = error.members.retryAfterSeconds;
    if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
  });
}
