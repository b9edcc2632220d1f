import { INTL_TAG, type Locale } from './locales.ts';

/** Calendar dates (YYYY-MM-DD) are read at noon UTC so that no time zone shifts them to another day. */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export function formatDate(isoDate: string, locale: Locale, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone }).format(calendarDate(isoDate));
}

export function formatDateRange(startIso: string, endIso: string, locale: Locale, timeZone = 'UTC'): string {
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone });
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
