import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/** Picks a platform language: an explicit choice (cookie) first, then the browser's Accept-Language. */
export function negotiateLocale(acceptLanguage: string | undefined, chosen?: string): Locale {
  if (isLocale(chosen)) return chosen;
  const wanted = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages();
  for (const tag of wanted) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
