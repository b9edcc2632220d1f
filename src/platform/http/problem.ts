import type { AppError } from '../errors/app-error.ts';
import { type ErrorCode, type ErrorKind, kindOf } from '../errors/error-codes.ts';
import { describeFieldError } from '../i18n/field-messages.ts';
import { localizeParams, type Reader } from '../i18n/localize-params.ts';

/** The one place a kind of refusal becomes an HTTP status. */
const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_type: 415,
  unprocessable: 422,
  too_long_address: 414,
  too_large_headers: 431,
  timed_out: 408,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function statusOf(code: ErrorCode): number {
  return STATUS_OF_KIND[kindOf(code)];
}

export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { path: string; code: string; message: string }[];
  [member: string]: unknown;
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemTypeUri(code: ErrorCode): string {
  return `/api/problems/${code}`;
}

/**
 * RFC 9457 body, every human-readable word in the reader's language. Extension members come
 * first, so none can overwrite a standard one. A field error that repeats the problem's own code
 * (a business refusal about one field) carries the detail as its message.
 */
export function buildProblem(reader: Reader, error: AppError, requestId?: string): ProblemDetails {
  const params = localizeParams(reader, error.params);
  const detail = reader.t(`problem.${error.code}.detail`, {
    ...params,
    requestId,
    count: error.fieldErrors.length,
  });
  const problem: ProblemDetails = {
    ...error.members,
    type: problemTypeUri(error.code),
    title: reader.t(`problem.${error.code}.title`),
    status: statusOf(error.code),
    detail,
    code: error.code,
  };
  if (error.fieldErrors.length > 0) {
    problem.errors = error.fieldErrors.map((fieldError) => ({
      path: fieldError.path,
      code: fieldError.code,
      message: fieldError.code === error.code ? detail : describeFieldError(reader, fieldError),
    }));
  }
  return problem;
}
