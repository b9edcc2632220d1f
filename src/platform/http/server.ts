import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { FastifyTrustProxy } from '../config.ts';
import cookie from '@fastify/cookie';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { answerClientError, MAX_HEADER_BYTES } from './client-errors.ts';
import { registerClosingRefusal } from './closing.ts';
import { answerError, registerErrorHandling } from './error-handler.ts';
import { LOG_REDACTION, serializeError, serializeRequest } from './log-redaction.ts';
import { registerOpenApi } from './openapi.ts';
import { registerPublicReadCaching, type ServerReadCache } from './public-read-caching.ts';
import { registerRequestLocale } from './request-locale.ts';
import { registerSecurityHeaders, setSecurityHeaders } from './security-headers.ts';
import { zodValidatorCompiler } from './validation.ts';

export type HttpServerOptions = {
  logLevel: string;
  bodyLimitBytes?: number;
  /** Fastify's `trustProxy`: which proxies may name the client's address (see `TRUST_PROXY`). */
  trustProxy?: FastifyTrustProxy;
  /** Where log lines go (a test reads them); standard output when absent. */
  logStream?: DestinationStream;
  /** The instance's copy of the busiest public answers, when it keeps one. */
  serverReadCache?: ServerReadCache;
};
export type HttpServer = FastifyInstance;

const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Fastify with zod at the edge, problem details for every error, and the request's language. */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: LOG_REDACTION,
      serializers: { err: serializeError, req: serializeRequest },
      ...(options.logStream && { stream: options.logStream }),
    },
    // One line per request only when asked for (LOG_LEVEL=debug or trace); errors are always logged.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(options.logLevel) }),
    bodyLimit: bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    // A URL Fastify cannot decode or a path parameter past maxParamLength: problem details too.
    // These answers skip the hooks, so they take the security headers here.
    frameworkErrors: (error, request, reply) => {
      setSecurityHeaders(request, reply);
      return answerError(error, request, reply, bodyLimitBytes);
    },
    clientErrorHandler: answerClientError,
    // registerClosingRefusal answers these as problem details instead.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  // Only JSON reaches the API (files have their own scopes): a text/plain body, which any site's
  // form can send, is refused as an unsupported type rather than read as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  registerRequestLocale(app);
  registerSecurityHeaders(app);
  // Before the copy of public answers, so a draining instance refuses even what it could answer from memory.
  registerClosingRefusal(app);
  registerPublicReadCaching(app, options.serverReadCache);
  registerErrorHandling(app, bodyLimitBytes);
  await registerOpenApi(app);
  return app;
}
