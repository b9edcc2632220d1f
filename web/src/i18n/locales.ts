import type { Locale } from '../../../src/platform/i18n/locales.ts';

// The browser app reads the same language list as the server; only the Intl tags are the browser's own.
export { isLocale, LOCALE_COOKIE, LOCALE_DIRECTION, LOCALES, type Locale } from '../../../src/platform/i18n/locales.ts';
export type { LocalizedText } from '../../../src/platform/i18n/localized-text.ts';

/** Intl tags per platform language: Persian uses the Solar Hijri calendar and Persian digits. */
export const INTL_TAG: Record<Locale, string> = {
  fa: 'fa-IR-u-ca-persian',
  ru: 'ru-RU',
  en: 'en-GB',
  az: 'az-Latn-AZ',
  kk: 'kk-KZ',
  tk: 'tk-TM',
};
