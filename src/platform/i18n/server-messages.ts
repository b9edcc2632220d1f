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
  const translate = messages.getFixedT(locale);
  return ((key: string, options?: Record<string, unknown>) =>
    translate(key, options && withLocalDigits(options, locale))) as TFunction;
}

/**
 * Numbers inside messages ("at least 3 characters") in the reader's digits, Persian ones in fa.
 * `count` stays a number: i18next picks the plural form from it; `formattedCount` is it in the reader's digits.
 */
function withLocalDigits(options: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  const digits = new Intl.NumberFormat(locale);
  const localized = Object.fromEntries(
    Object.entries(options).map(([name, value]) => [
      name,
      typeof value === 'number' && name !== 'count' ? digits.format(value) : value,
    ]),
  );
  // A message that shows the count itself writes {{formattedCount}}: "۲ فیلد", not "2 فیلد".
  return typeof options.count === 'number' ? { formattedCount: digits.format(options.count), ...localized } : localized;
}
