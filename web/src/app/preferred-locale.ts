import { isLocale, LOCALE_COOKIE, type Locale } from '../i18n/locales.ts';

/** The reader's earlier choice (a cookie the server reads too), else the browser's languages. */
export function preferredLocale(): Locale {
  const chosen = document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${LOCALE_COOKIE}=`))
    ?.split('=')[1];
  if (isLocale(chosen)) return chosen;
  const fromBrowser = navigator.languages.map((tag) => tag.split('-')[0]).find(isLocale);
  return fromBrowser ?? 'en';
}

export function rememberLocale(locale: Locale): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not available in every browser the site supports (Firefox, older Safari); the value is a known locale code, nothing to escape.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
