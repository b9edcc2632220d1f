/**
 * The six platform languages and what follows from each, without dependencies, so that the
 * server and the browser app share one list.
 */
export const LOCALES = ['fa', 'ru', 'en', 'az', 'kk', 'tk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const LOCALE_DIRECTION: Record<Locale, 'rtl' | 'ltr'> = {
  fa: 'rtl',
  ru: 'ltr',
  en: 'ltr',
  az: 'ltr',
  kk: 'ltr',
  tk: 'ltr',
};

/** The reader's explicit choice of language, read by the server and written by the language switcher. */
export const LOCALE_COOKIE = 'cb_lang';
