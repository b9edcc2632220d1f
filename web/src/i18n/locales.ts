export const LOCALES = ['fa', 'ru', 'en', 'az', 'kk', 'tk'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Intl tags per platform language: Persian uses the Solar Hijri calendar and Persian digits. */
export const INTL_TAG: Record<Locale, string> = {
  fa: 'fa-IR-u-ca-persian',
  ru: 'ru-RU',
  en: 'en-GB',
  az: 'az-Latn-AZ',
  kk: 'kk-KZ',
  tk: 'tk-TM',
};

export const DIRECTION: Record<Locale, 'rtl' | 'ltr'> = { fa: 'rtl', ru: 'ltr', en: 'ltr', az: 'ltr', kk: 'ltr', tk: 'ltr' };

export type LocalizedText = Partial<Record<Locale, string>>;
