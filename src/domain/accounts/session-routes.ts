import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Session } from './model.ts';
import { resolveSession, type StartedSession } from './sign-in.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

export const SESSION_COOKIE = 'cb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Recognises the session cookie on API requests and tells the request who is acting, and for
 * cookie-authenticated writes demands the session's CSRF token in a header that another site's
 * page cannot set.
 */
export function registerSessions(app: FastifyInstance, sources: { db: Database; now: () => Date }): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    request.session = await resolveSession(sources.db, token, sources.now());
    request.actor = request.session?.actor ?? null;
    if (request.session && !SAFE_METHODS.has(request.method)) {
      if (request.headers['x-csrf-token'] !== request.session.csrfToken) throw new AppError('csrf_token_invalid');
    }
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: StartedSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
