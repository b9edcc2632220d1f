import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError } from './errors.ts';
import { findUnstorableText } from './text-safety.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * Parses a request part with its zod schema and turns zod's issues into field errors
 * (path, machine code, parameters for the translated message) without echoing the input back.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const prefix = httpPart && httpPart !== 'body' ? `${httpPart === 'querystring' ? 'query' : httpPart}` : '';
    const unstorable = findUnstorableText(data);
    if (unstorable.length > 0) {
      return {
        error: new AppError(
          'validation_failed',
          {},
          unstorable.map((path) => ({ path: joinPath(prefix, path), code: 'invalid_characters' })),
        ),
      };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const errors = result.error.issues.flatMap((issue) => toFieldErrors(issue as Issue, prefix));
    return { error: new AppError('validation_failed', {}, errors) };
  };

function toFieldErrors(issue: Issue, prefix: string): FieldError[] {
  const path = joinPath(prefix, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: joinPath(path, [key]), code: 'unrecognized_keys' }));
  }
  // A field left out is reported as required, whatever kind of value it would have taken.
  if (issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    return [{ path, code: 'required' }];
  }
  if (issue.code === 'invalid_type') return [{ path, code: 'invalid_type', params: { expected: issue.expected } }];
  if (issue.code === 'custom') {
    return [{ path, code: typeof issue.params?.code === 'string' ? issue.params.code : 'invalid' }];
  }
  const { code, input: _input, path: _path, message: _message, ...params } = issue as Issue & Record<string, unknown>;
  return [{ path, code, params: scalarParams(params) }];
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((part) => part !== '').join('.');
}

/** Only small, printable parameters go into messages (bounds, formats, allowed values). */
function scalarParams(params: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) kept[key] = value;
    else if (typeof value === 'bigint') kept[key] = value.toString();
    else if (Array.isArray(value) && value.length <= 20) kept[key] = value.map(String);
  }
  return kept;
}
