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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': requestLocale };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(payload ?? { type: 'about:blank', title: response.statusText, status: response.status, detail: '', code: 'internal_error' });
  return payload as T;
}
