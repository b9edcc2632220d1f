import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';

/**
 * Log paths that may hold a secret: credentials in headers, and passwords or tokens in any object
 * handed to the logger, one or two levels down. pino's redaction replaces them before writing.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  ...['password', 'passwordHash', 'currentPassword', 'newPassword', 'token', 'tokenHash', 'csrfToken'].flatMap(
    (key) => [key, `*.${key}`, `*.*.${key}`],
  ),
];

export const LOG_REDACTION = { paths: REDACTED_LOG_PATHS, censor: REDACTED };

/**
 * Error fields worth logging: what failed and where, never with what values. A failed query keeps
 * its text and SQLSTATE; its parameters (a password hash, a session token) and PostgreSQL's
 * `detail` ("Key (email)=(…) already exists") stay out.
 */
const SAFE_ERROR_FIELDS = [
  'code',
  'statusCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'query',
] as const;
const MAX_CAUSE_DEPTH = 4;

type ErrorLike = { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown } & Record<string, unknown>;

export type SerializedError = { type: string; message: string; stack: string; [field: string]: unknown };

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: String(error), stack: '' };
  const source = error as ErrorLike;
  const sqlState = typeof source.code === 'string' && /^(?=.*\d)[0-9A-Z]{5}$/.test(source.code) ? source.code : null;
  const message = withoutValues(withoutParameters(typeof source.message === 'string' ? source.message : ''), sqlState);
  const type = source.constructor?.name ?? String(source.name ?? 'Error');
  const stack = typeof source.stack === 'string' ? [message, ...stackFrames(source.stack)].join('\n') : '';
  const serialized: SerializedError = { type, message, stack };
  for (const field of SAFE_ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') serialized[field] = value;
  }
  if (sqlState) serialized.sqlState = sqlState;
  if (source.cause !== undefined && depth < MAX_CAUSE_DEPTH) serialized.cause = serializeError(source.cause, depth + 1);
  return serialized;
}

/** Drizzle writes "Failed query: …\nparams: …" into the message, and so into the stack. */
function withoutParameters(message: string): string {
  const at = message.indexOf('\nparams:');
  return at === -1 ? message : message.slice(0, at);
}

/** A data exception (class 22) quotes the value it could not read: `invalid input syntax for type integer: "…"`. */
function withoutValues(message: string, sqlState: string | null): string {
  return sqlState?.startsWith('22') ? message.replace(/"[^"]*"/g, `"${REDACTED}"`) : message;
}

function stackFrames(stack: string): string[] {
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

const SECRET_QUERY_NAME = /token|password|secret/i;

/** Invitation tokens travel in the path; the log keeps that one was used, not which. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const redactedPath = path.replace(/^\/api\/invites\/(?![0-9a-f-]{36}(?:\/|$))[^/]+/i, `/api/invites/${REDACTED}`);
  if (queryAt === -1) return redactedPath;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => (SECRET_QUERY_NAME.test(pair.split('=')[0] ?? '') ? `${pair.split('=')[0]}=${REDACTED}` : pair));
  return `${redactedPath}?${query.join('&')}`;
}

export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}
