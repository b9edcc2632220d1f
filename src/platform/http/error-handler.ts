import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/error-codes.ts';
import { buildProblem, PROBLEM_CONTENT_TYPE, statusOf } from './problem.ts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_NOT_FOUND: 'route_not_found',
};

const UNREACHABLE_DATABASE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03']);

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const problem = buildProblem({ t: request.t, locale: request.locale }, error, request.id);
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, bodyLimitBytes);
    if (statusOf(appError.code) >= 500) request.log.error({ err: error, requestId: request.id }, 'request failed');
    return sendProblem(request, reply, appError);
  });
}

function toAppError(error: FastifyError, bodyLimitBytes: number): AppError {
  if (error instanceof AppError) return error;
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped === 'payload_too_large') return new AppError(mapped, { limitKb: Math.round(bodyLimitBytes / 1024) });
  if (mapped) return new AppError(mapped);
  if (error instanceof SyntaxError && error.statusCode === 400) return new AppError('malformed_json');
  if (error.code && UNREACHABLE_DATABASE.has(error.code)) return new AppError('database_unavailable');
  if (error.statusCode === 404) return new AppError('route_not_found');
  if (error.statusCode === 405) return new AppError('method_not_allowed');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('validation_failed');
  return new AppError('internal_error');
}
