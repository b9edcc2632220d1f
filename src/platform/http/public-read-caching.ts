import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Public API reads carry a weak ETag made from their body, and a browser that still holds that
 * body hears 304 with no body. `no-cache` makes every use revalidate, so a write made through
 * another instance is seen on the next read: the ETag saves the bytes, never the freshness.
 * Answers to a signed-in caller may hold what only they may see, and an answer that sets a cookie
 * is that caller's alone: both are `private, no-store`.
 */
export function registerPublicReadCaching(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isCacheableRead(request, reply)) return payload;
    if (request.actor || reply.hasHeader('set-cookie')) {
      reply.header('cache-control', 'private, no-store');
      return payload;
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = weakEtagOf(payload);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
    reply.code(304).removeHeader('content-type').removeHeader('content-length');
    return null;
  });
}

/** A 200 JSON answer to a GET or HEAD under /api/ that no route has given caching rules of its own. */
function isCacheableRead(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (reply.statusCode !== 200 || !request.url.startsWith('/api/')) return false;
  if (reply.hasHeader('cache-control') || reply.hasHeader('etag')) return false;
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('application/json');
}

function weakEtagOf(body: string | Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/` is ignored on both sides. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === opaque;
  });
}
