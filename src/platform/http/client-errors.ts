import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { AppError } from '../errors/app-error.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { serverMessages } from '../i18n/server-messages.ts';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** Node's own default; set explicitly so the 431's detail states the real limit. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Node's HTTP parser refuses some requests before Fastify sees them: headers or a request line
 * past MAX_HEADER_BYTES (a 60 KB query string), bytes that are not HTTP, a request that never
 * finishes. They are answered here, on the raw socket, as problem details like every other
 * refusal. No header could be read, so the words are in the default language.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(rawProblemResponse(appErrorOf(error)));
  socket.destroy(error);
}

function appErrorOf(error: { code?: string }): AppError {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return new AppError('headers_too_large', { limitKb: MAX_HEADER_BYTES / 1024 });
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new AppError('request_timeout');
  return new AppError('malformed_request');
}

function rawProblemResponse(error: AppError): string {
  const problem = buildProblem({ locale: DEFAULT_LOCALE, t: serverMessages(DEFAULT_LOCALE) }, error);
  const body = JSON.stringify(problem);
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${head.join('')}\r\n${body}`;
}
