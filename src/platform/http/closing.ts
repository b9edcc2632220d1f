import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/** How long a client or load balancer should wait before trying this address again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * While the server drains for a restart, a request that still arrives (pipelined, or on a
 * keep-alive connection) is refused as problem details like every other refusal; Fastify's own
 * answer would be plain JSON. Takes the place of Fastify's `return503OnClosing`.
 */
export function registerClosingRefusal(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', String(RETRY_AFTER_SECONDS));
    throw new AppError('shutting_down');
  });
}
