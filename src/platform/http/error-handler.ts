import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { violatedUniqueConstraint } from '../db/unique-violation.ts';
import { AppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/error-codes.ts';
import { negotiateLocale } from '../i18n/negotiate.ts';
import { serverMessages } from '../i18n/server-messages.ts';
import { buildProblem, PROBLEM_CONTENT_TYPE, statusOf } from './problem.ts';

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_NOT_FOUND: 'route_not_found',
  FST_ERR_BAD_URL: 'malformed_url',
  FST_ERR_MAX_PARAM_LENGTH: 'url_too_long',
};

const UNREACHABLE_DATABASE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03']);

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const problem = buildProblem(readerOf(request), error, request.id);
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * The request's language, set by the onRequest hook; errors Fastify raises before the hooks run
 * (a URL it cannot decode) go by Accept-Language alone.
 */
function readerOf(request: FastifyRequest): Pick<FastifyRequest, 't' | 'locale'> {
  if (typeof (request.t as unknown) === 'function') return request;
  const locale = negotiateLocale(request.headers['accept-language']);
  return { locale, t: serverMessages(locale) };
}

export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => answerError(error, request, reply, bodyLimitBytes));
}

/** Every error that escapes a route, a hook or Fastify itself, as problem details with a code from the list. */
export function answerError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
  bodyLimitBytes: number,
): FastifyReply {
  const appError = toAppError(error, bodyLimitBytes);
  if (statusOf(appError.code) >= 500) request.log.error({ err: error, requestId: request.id }, 'request failed');
  else if (appError.code === 'already_exists')
    request.log.info({ constraint: violatedUniqueConstraint(error), requestId: request.id }, 'unique violation');
  return sendProblem(request, reply, appError);
}

function toAppError(error: FastifyError, bodyLimitBytes: number): AppError {
  if (error instanceof AppError) return error;
  const mapped = error.code && Object.hasOwn(FASTIFY_CODES, error.code) ? FASTIFY_CODES[error.code] : undefined;
  if (mapped === 'payload_too_large') return new AppError(mapped, { limitKb: Math.round(bodyLimitBytes / 1024) });
  if (mapped) return new AppError(mapped);
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('malformed_json');
  // A race the use case did not foresee: the unique index decided, and the loser is told it lost.
  if (violatedUniqueConstraint(error) !== undefined) return new AppError('already_exists');
  if (error.code && UNREACHABLE_DATABASE.has(error.code)) return new AppError('database_unavailable');
  if (error.statusCode === 404) return new AppError('route_not_found');
  if (error.statusCode === 405) return new AppError('method_not_allowed');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('validation_failed');
  return new AppError('internal_error');
}
