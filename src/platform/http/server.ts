import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerErrorHandling } from './error-handler.ts';
import { registerOpenApi } from './openapi.ts';
import { registerRequestLocale } from './request-locale.ts';
import { zodValidatorCompiler } from './validation.ts';
import type { FastifyTrustProxy } from '../config.ts';

export type HttpServerOptions = {
  logLevel: string;
  bodyLimitBytes?: number;
  /** Fastify's `trustProxy`: which proxies may name the client's address (see `TRUST_PROXY`). */
  trustProxy?: FastifyTrustProxy;
};
export type HttpServer = FastifyInstance;

const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Fastify with zod at the edge, problem details for every error, and the request's language. */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const app = Fastify({
    logger: { level: options.logLevel },
    // One line per request only when asked for (LOG_LEVEL=debug or trace); errors are always logged.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(options.logLevel) }),
    bodyLimit: bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  registerRequestLocale(app);
  registerErrorHandling(app, bodyLimitBytes);
  await registerOpenApi(app);
  return app;
}
