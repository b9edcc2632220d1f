import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from './locales.ts';

const catalog = (locale: Locale) =>
  JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

const messages = i18next.createInstance();
await messages.init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: catalog(locale) }])),
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Messages the server itself writes (problem details), in the request's language. */
export function serverMessages(locale: Locale): TFunction {
  return messages.getFixedT(locale);
}
