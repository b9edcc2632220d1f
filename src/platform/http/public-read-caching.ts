import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALE_COOKIE } from '../i18n/locales.ts';
import { type CachedRead, isAnonymousRead, type PublicReadCache, publicReadKey } from './public-read-cache.ts';

/** The server's copy of public answers, and which routes may use it (by their pattern, `/api/provinces/:id`). */
export type ServerReadCache = { cache: PublicReadCache; isCachedRoute: (routePattern: string) => boolean };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request may fill the server's copy: its key, and the copy's generation before the handler ran. */
    publicRead: { key: string; generation: number } | null;
  }
}

/**
 * Public API reads carry a weak ETag made from their body, and a browser that still holds that
 * body hears 304 with no body. `no-cache` makes every use revalidate, so a write made through
 * another instance is seen on the next read: the ETag saves the bytes, never the freshness.
 * Answers to a signed-in caller may hold what only they may see, and an answer that sets a cookie
 * is that caller's alone: both are `private, no-store`.
 *
 * With a `serverCache`, the busiest of these answers are also kept in the instance's memory
 * (`public-read-cache.ts`) and an anonymous request is answered from there before the session is
 * looked up or the handler runs. The copy is filled only from answers given to a request that was
 * anonymous both by its headers (checked here, first) and by the platform's own verdict
 * (`request.actor` is null when the handler is done).
 */
export function registerPublicReadCaching(app: FastifyInstance, serverCache?: ServerReadCache): void {
  if (serverCache) registerServerCache(app, serverCache);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isCacheableRead(request, reply)) return payload;
    if (request.actor || reply.hasHeader('set-cookie')) {
      reply.header('cache-control', 'private, no-store');
      return payload;
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = weakEtagOf(payload);
    if (serverCache && request.publicRead) {
      // Kept as bytes: a hit then writes them as they are, with no UTF-8 encoding of the text each time.
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      const read = { body, etag, contentType: String(reply.getHeader('content-type')) };
      serverCache.cache.store(request.publicRead.key, read, request.publicRead.generation);
    }
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
    reply.code(304).removeHeader('content-type').removeHeader('content-length');
    return null;
  });
}

function registerServerCache(app: FastifyInstance, { cache, isCachedRoute }: ServerReadCache): void {
  app.decorateRequest('publicRead', null);
  // Runs after the cookie parser and the language hook (both registered before this), and before
  // the session hook, which would ask the database who a session cookie belongs to.
  app.addHook('onRequest', async (request, reply) => {
    if (!cache.isServing() || !isCachedRoute(request.routeOptions.url ?? '')) return;
    if (request.routeOptions.config.signedIn) return;
    if (!isAnonymousRead(request.method, request.headers, Object.keys(request.cookies ?? {}), LOCALE_COOKIE)) return;
    const key = publicReadKey(request.url, request.locale);
    const cached = cache.find(key);
    if (cached) return sendCached(request, reply, cached);
    request.publicRead = { key, generation: cache.generation() };
  });
}

function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedRead): FastifyReply {
  reply.header('etag', cached.etag).header('cache-control', 'no-cache');
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  return reply.type(cached.contentType).send(cached.body);
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
