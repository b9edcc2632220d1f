import type { Locale } from './locales.ts';

/** A language named in the reader's language ("روسی" for Russian to a Persian reader), from Intl. */
export function languageNameIn(language: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
}
