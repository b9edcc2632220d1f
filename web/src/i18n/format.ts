import { INTL_TAG, type Locale } from './locales.ts';

/**
 * A calendar date (YYYY-MM-DD) is already a day in the edition's own time zone: it is formatted
 * in UTC so that no reader's zone can move it to the day before or after.
 */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

export function formatDateRange(startIso: string, endIso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' });
  return format.formatRange(calendarDate(startIso), calendarDate(endIso));
}

export function formatDateTime(instant: string | Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL_TAG[locale], options).format(value);
}

export function countryName(countryCode: string, locale: Locale): string {
  return new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region' }).of(countryCode) ?? countryCode;
}

export function languageName(language: string, locale: Locale): string {
  return new Intl.DisplayNames([INTL_TAG[locale]], { type: 'language' }).of(language) ?? language;
}

/** The edition's time zone named in the reader's language, e.g. "Iran Standard Time". */
export function timeZoneName(timeZone: string, locale: Locale, at: Date): string {
  const parts = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone, timeZoneName: 'long' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
