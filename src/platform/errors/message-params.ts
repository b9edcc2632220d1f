import type { LocalizedText } from '../i18n/localized-text.ts';

/**
 * A value a message names that only the reader's language can put into words: stored text in
 * several languages, a word from the message catalogs, an instant in a named time zone, a phrase
 * with parameters of its own, or a list of such values. Errors carry them as they are; the edge
 * puts them into the words of the request's language.
 */
export type LocalizedParam =
  | { readonly localize: 'text'; readonly text: LocalizedText }
  | { readonly localize: 'term'; readonly key: string; readonly lowerCase: boolean }
  | { readonly localize: 'instant'; readonly at: string; readonly timeZone: string }
  | { readonly localize: 'day'; readonly day: string }
  | { readonly localize: 'gregorianMonth'; readonly month: string }
  | { readonly localize: 'language'; readonly code: string }
  | { readonly localize: 'phrase'; readonly key: string; readonly params: MessageParams }
  | { readonly localize: 'list'; readonly items: readonly MessageParam[] };

export type MessageParam = string | number | boolean | null | LocalizedParam;
export type MessageParams = { readonly [name: string]: MessageParam };

/**
 * Free text a person wrote (a meeting's topic), set apart from the sentence around it so a Persian
 * topic in a Russian message, or the reverse, keeps its own direction (Unicode first-strong isolate).
 */
export const writtenTextParam = (text: string): string => `\u2068${text}\u2069`;

/** Text written in several languages (a session's title), shown in the reader's. */
export const textParam = (text: LocalizedText): LocalizedParam => ({ localize: 'text', text });

/** A word from the message catalogs (`registration.role.speaker`), lower-cased for the middle of a sentence. */
export const termParam = (key: string, { lowerCase = true } = {}): LocalizedParam => ({
  localize: 'term',
  key,
  lowerCase,
});

/** A moment, written in the reader's calendar and digits in the given zone, the zone named. */
export const instantParam = (at: Date, timeZone: string): LocalizedParam => ({
  localize: 'instant',
  at: at.toISOString(),
  timeZone,
});

/** A calendar day (YYYY-MM-DD) in the reader's calendar and digits, both calendars for Persian readers. */
export const dayParam = (day: string): LocalizedParam => ({ localize: 'day', day });

/**
 * A Gregorian month (YYYY-MM) named with its year in the reader's language: "June 2025", «июнь 2025 г.»,
 * «ژوئن ۲۰۲۵». It stays Gregorian for Persian readers too: it names the month of an ISO date as sent.
 */
export const gregorianMonthParam = (month: string): LocalizedParam => ({ localize: 'gregorianMonth', month });

/** A language (ISO 639-1 code) named in the reader's language: "Persian", «персидский», «فارسی». */
export const languageParam = (code: string): LocalizedParam => ({ localize: 'language', code });

/** A catalog message of its own, with its own parameters: one reason among several. */
export const phraseParam = (key: string, params: MessageParams = {}): LocalizedParam => ({
  localize: 'phrase',
  key,
  params,
});

/** Several values joined the reader's way ("A, B and C"). */
export const listParam = (items: readonly MessageParam[]): LocalizedParam => ({ localize: 'list', items });
