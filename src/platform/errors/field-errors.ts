import type { z } from 'zod';
import type { FieldError } from './app-error.ts';
import { gregorianMonthParam, type MessageParams } from './message-params.ts';
import { findUnstorableText } from './text-safety.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

export type Checked<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldError[] };

/**
 * Parses a value with its zod schema and turns zod's issues into field errors (path, machine code,
 * parameters for the translated message) without echoing the input back. `prefix` places the
 * paths inside a larger whole: `query`, `params`, `rows.7`.
 */
export function checkWithSchema<S extends z.ZodType>(schema: S, data: unknown, prefix = ''): Checked<z.output<S>> {
  const unstorable = findUnstorableText(data);
  if (unstorable.length > 0) {
    return {
      ok: false,
      fieldErrors: unstorable.map((path) => ({ path: joinPath(prefix, path), code: 'invalid_characters' })),
    };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, fieldErrors: result.error.issues.flatMap((issue) => toFieldErrors(issue as Issue, prefix)) };
}

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
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    const missing = missingDay(issue.input);
    if (missing) return [{ path, code: 'day_not_in_calendar', params: missing }];
  }
  if (issue.code === 'custom') {
    return [{ path, code: typeof issue.params?.code === 'string' ? issue.params.code : 'invalid' }];
  }
  const { code, input: _input, path: _path, message: _message, ...params } = issue as Issue & Record<string, unknown>;
  return [{ path, code, params: scalarParams(params) }];
}

/**
 * A date in the right shape whose day its month does not have (2025-06-31, 2025-02-29): zod says
 * only that the format is wrong, the reader is told which month it is and how many days it has.
 */
function missingDay(input: unknown): MessageParams | null {
  const match = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Day 0 of the next month is the last day of this one (setUTCFullYear keeps years below 100 as they are).
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  const days = lastDay.getUTCDate();
  if (day <= days) return null;
  return { month: gregorianMonthParam(`${match[1]}-${match[2]}`), days, count: days };
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((part) => part !== '').join('.');
}

/** Only small, printable parameters go into messages (bounds, formats, allowed values). */
function scalarParams(params: Record<string, unknown>): MessageParams {
  const kept: Record<string, MessageParams[string]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') kept[key] = value;
    else if (typeof value === 'bigint') kept[key] = value.toString();
    else if (Array.isArray(value) && value.length <= 20) kept[key] = value.map(String).join(', ');
  }
  return kept;
}
