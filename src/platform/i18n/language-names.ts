import type { Locale } from './locales.ts';

/** A language named in the reader's language ("روسی" for Russian to a Persian reader), from Intl. */
export function languageNameIn(language: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
}

/** A country (ISO 3166-1 alpha-2) named in the reader's language ("ایران" for IR to a Persian reader), from Intl. */
export function countryNameIn(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
