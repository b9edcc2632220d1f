import createClient from 'openapi-fetch';
import type { paths } from '../../generated/api-types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Problem } from './problem.ts';

export type { Problem } from './problem.ts';

/** A refusal from the server, in the reader's language, with its machine code and the fields at fault. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

let csrfToken: string | null = null;
let requestLocale: Locale = 'en';

/** The session's CSRF token, sent on every write; set after sign-in and on each session check. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The server answers errors in this language. */
export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}

/** The headers every API request carries: the reader's language, and on writes the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': requestLocale };
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  return headers;
}

/**
 * The API, typed path by path from the server's OpenAPI document (itself made from the zod
 * schemas that validate requests): parameters, bodies and answers cannot drift from the server.
 */
export const api = createClient<paths>({ credentials: 'same-origin' });
api.use({
  onRequest: ({ request }) => {
    for (const [name, value] of Object.entries(requestHeaders(request.method))) request.headers.set(name, value);
  },
});

type Answer<Data> =
  | { data: Data; error?: never; response: Response }
  | { data?: never; error: unknown; response: Response };

/** The data of a successful answer (none for 204); a refusal is thrown as ApiProblem. */
export async function dataOf<Data>(call: Promise<Answer<Data>>): Promise<NonNullable<Data>> {
  const { data, error, response } = await call;
  if (response.ok) return data as NonNullable<Data>;
  throw problemOf(error, response);
}

/** The server's problem details, or a stand-in when the answer is not one (a proxy's error page). */
export function problemOf(body: unknown, response: Response): ApiProblem {
  if (isProblem(body)) return new ApiProblem(body);
  return new ApiProblem({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: '',
    code: 'internal_error',
  });
}

export async function problemFrom(response: Response): Promise<ApiProblem> {
  return problemOf(await response.json().catch(() => null), response);
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'detail' in body;
}
