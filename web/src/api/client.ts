import type { Locale } from '../i18n/locales.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; code: string; message: string }[];
};

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
export function requestHeaders(method: string, contentType?: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': requestLocale };
  if (contentType) headers['content-type'] = contentType;
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** The server's problem details, or a stand-in when the answer is not one (a proxy error page). */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const payload = (await response.json().catch(() => null)) as Problem | null;
  return new ApiProblem(
    payload ?? {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: '',
      code: 'internal_error',
    },
  );
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers = requestHeaders(method, body === undefined ? undefined : 'application/json');
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
