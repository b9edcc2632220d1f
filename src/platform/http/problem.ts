import type { TFunction } from 'i18next';
import { ERROR_STATUS, type ErrorCode, type FieldError } from './errors.ts';

export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { path: string; code: string; message: string }[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemTypeUri(code: ErrorCode): string {
  return `/api/problems/${code}`;
}

/** RFC 9457 body, every human-readable word in the request's language. */
export function buildProblem(
  t: TFunction,
  code: ErrorCode,
  params: Record<string, unknown> = {},
  fieldErrors: FieldError[] = [],
): ProblemDetails {
  const problem: ProblemDetails = {
    type: problemTypeUri(code),
    title: t(`problem.${code}.title`),
    status: ERROR_STATUS[code],
    detail: t(`problem.${code}.detail`, { ...params, count: fieldErrors.length }),
    code,
  };
  if (fieldErrors.length > 0) {
    problem.errors = fieldErrors.map((error) => ({
      path: error.path,
      code: error.code,
      message: describeFieldError(t, error),
    }));
  }
  return problem;
}

function describeFieldError(t: TFunction, error: FieldError): string {
  const params = error.params ?? {};
  switch (error.code) {
    case 'invalid_type':
      return t('field.invalid_type', {
        expected: t(`type.${String(params.expected)}`, { defaultValue: t('type.other') }),
      });
    case 'too_small':
    case 'too_big':
      return t(`field.${error.code}_${sizeOrigin(params.origin)}`, params);
    case 'invalid_format':
      return t('field.invalid_format', {
        format: t(`type.${String(params.format)}`, { defaultValue: t('type.other') }),
      });
    case 'invalid_value':
      return t('field.invalid_value', { values: Array.isArray(params.values) ? params.values.join(', ') : '' });
    default:
      return t(`field.${error.code}`, { ...params, defaultValue: t('field.invalid') });
  }
}

function sizeOrigin(origin: unknown): 'string' | 'number' | 'array' {
  if (origin === 'string' || origin === 'array') return origin;
  if (origin === 'set') return 'array';
  return 'number';
}
