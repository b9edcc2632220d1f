import { INTL_TAG, type Locale } from './locales.ts';

/**
 * Chromium ships trimmed ICU data: Azerbaijani and Kazakh fall back to the root locale
 * ("2025 M11 18") and Turkmen is missing. For a language the browser cannot format, the same
 * Intl API comes from FormatJS with CLDR data, loaded only when that language is chosen.
 */
export type Formatters = {
  dateTime: (
    options: Intl.DateTimeFormatOptions,
  ) => Pick<Intl.DateTimeFormat, 'format' | 'formatRange' | 'formatToParts'>;
  number: (options: Intl.NumberFormatOptions) => Pick<Intl.NumberFormat, 'format'>;
  displayNames: (options: Intl.DisplayNamesOptions) => Pick<Intl.DisplayNames, 'of'>;
  /** A time zone's name in the language ("Iran Standard Time"), undefined where the data has none. */
  timeZoneName: (timeZone: string, at: Date) => string | undefined;
};

const nativeFormatters = (tag: string): Formatters => ({
  dateTime: (options) => new Intl.DateTimeFormat(tag, options),
  number: (options) => new Intl.NumberFormat(tag, options),
  displayNames: (options) => new Intl.DisplayNames([tag], options),
  timeZoneName: (timeZone, at) => {
    // Chromium's trimmed data would give the root locale's "GMT+03:30" for a language it lacks.
    if (!hasNativeData(tag)) return undefined;
    try {
      return new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value;
    } catch {
      return undefined;
    }
  },
});

const loaded = new Map<Locale, Formatters>();

/** Whether the runtime's own data formats this language (a month name, not the root locale's "M11"). */
export function hasNativeData(tag: string): boolean {
  if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) return false;
  const november = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 10, 18));
  return !/^M?11$/.test(november);
}

export function formattersFor(locale: Locale): Formatters {
  return loaded.get(locale) ?? nativeFormatters(INTL_TAG[locale]);
}

/** Makes `formattersFor(locale)` right for this runtime; call before rendering a page in that language. */
export async function prepareFormatters(locale: Locale, options: { forcePolyfill?: boolean } = {}): Promise<void> {
  if (loaded.has(locale)) return;
  const tag = INTL_TAG[locale];
  if (!options.forcePolyfill && hasNativeData(tag)) {
    loaded.set(locale, nativeFormatters(tag));
    return;
  }
  const { loadPolyfilledFormatters } = await import('./intl-polyfill.ts');
  loaded.set(locale, await loadPolyfilledFormatters(locale));
}
