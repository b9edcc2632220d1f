import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../context/request-context.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../identity/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by whoever recognises the caller (the accounts' session hook) before the handler runs. */
    actor: Actor | null;
    /** Made once per request, after the caller is known and the request is valid; handed to every use case. */
    context: RequestContext;
  }
  interface FastifyContextConfig {
    /** The route answers 401 not_authenticated to the public, before its handler runs. */
    signedIn?: boolean;
  }
}

/** Route option for operations only a signed-in user may call. */
export const SIGNED_IN = { signedIn: true } as const;

export type ContextSources = { db: Database; now: () => Date };

/** Builds the request context once per request, and turns away the public from signed-in routes. */
export function registerRequestContext(app: FastifyInstance, sources: ContextSources): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('context', null as unknown as RequestContext);
  app.addHook('preHandler', async (request) => {
    request.context = {
      db: sources.db,
      actor: request.actor,
      now: sources.now(),
      locale: request.locale,
      requestId: request.id,
    };
    if (request.routeOptions.config.signedIn && !request.actor) throw new AppError('not_authenticated');
  });
}
