import { formattersFor, hasNativeData } from './intl-formatters.ts';
import { INTL_TAG, type Locale } from './locales.ts';

/**
 * A calendar date (YYYY-MM-DD) is already a day in the edition's own time zone: it is formatted
 * in UTC so that no reader's zone can move it to the day before or after.
 */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function formatDate(isoDate: string, locale: Locale): string {
  return formattersFor(locale).dateTime({ dateStyle: 'long', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/**
 * A day in the reader's calendar, and for Persian readers the Gregorian date beside it (delegates
 * from abroad and printed programmes use it): "۲۷ آبان ۱۴۰۴ (۱۸ نوامبر ۲۰۲۵)".
 */
export function formatDateBothCalendars(isoDate: string, locale: Locale): string {
  const own = formatDate(isoDate, locale);
  if (locale !== 'fa') return own;
  const gregorian = formattersFor(locale)
    .dateTime({ dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' })
    .format(calendarDate(isoDate));
  return `${own} (${gregorian})`;
}

export function formatDateRange(startIso: string, endIso: string, locale: Locale): string {
  return formattersFor(locale)
    .dateTime({ dateStyle: 'long', timeZone: 'UTC' })
    .formatRange(calendarDate(startIso), calendarDate(endIso));
}

export function formatDateTime(instant: string | Date, locale: Locale, timeZone?: string): string {
  return formattersFor(locale)
    .dateTime({ dateStyle: 'medium', timeStyle: 'short', timeZone })
    .format(new Date(instant));
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return formattersFor(locale).number(options).format(value);
}

export function countryName(countryCode: string, locale: Locale): string {
  return formattersFor(locale).displayNames({ type: 'region' }).of(countryCode) ?? countryCode;
}

export function languageName(language: string, locale: Locale): string {
  return formattersFor(locale).displayNames({ type: 'language' }).of(language) ?? language;
}

/**
 * The edition's time zone named in the reader's language ("Iran Standard Time"), from FormatJS's
 * CLDR data where the runtime has none for that language, or as an offset ("GMT+3:30") where neither has it.
 */
export function timeZoneName(timeZone: string, locale: Locale, at: Date): string {
  const tag = INTL_TAG[locale];
  if (!hasNativeData(tag)) {
    const fromCldr = formattersFor(locale).timeZoneName(timeZone, at);
    if (fromCldr) return fromCldr;
  }
  const style = hasNativeData(tag) ? 'long' : 'shortOffset';
  const parts = new Intl.DateTimeFormat(hasNativeData(tag) ? tag : 'en', {
    timeZone,
    timeZoneName: style,
  }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
