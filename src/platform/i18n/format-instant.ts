import type { Locale } from './locales.ts';

/** A moment in the reader's calendar and digits (Solar Hijri in fa), in the given zone, the zone named. */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  const language = locale === 'fa' ? 'fa-IR-u-ca-persian' : locale;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}

const languageTag = (locale: Locale) => (locale === 'fa' ? 'fa-IR-u-ca-persian' : locale);

/**
 * The day an instant falls on in the zone, in the reader's calendar; for Persian readers the
 * Gregorian date beside it: "۲۷ آبان ۱۴۰۴ (۱۸ نوامبر ۲۰۲۵)".
 */
export function formatDayBothCalendars(instant: Date, locale: Locale, timeZone: string): string {
  const own = new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'long', timeZone }).format(instant);
  if (locale !== 'fa') return own;
  const gregorian = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { dateStyle: 'long', timeZone }).format(instant);
  return `${own} (${gregorian})`;
}

/** A Gregorian month (YYYY-MM) with its year, in the reader's language and digits: «ژوئن ۲۰۲۵», «июнь 2025 г.». */
export function formatGregorianMonth(month: string, locale: Locale): string {
  const language = locale === 'fa' ? 'fa-IR-u-ca-gregory' : locale;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T12:00:00Z`),
  );
}

/** "09:00–09:30" in the zone, with the reader's digits. */
export function formatTimeRange(startsAt: Date, endsAt: Date, locale: Locale, timeZone: string): string {
  const time = new Intl.DateTimeFormat(languageTag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return `${time.format(startsAt)}–${time.format(endsAt)}`;
}

/** The zone's name in the reader's language ("Iran Standard Time"), or its offset where the runtime has no name. */
export function formatTimeZoneName(timeZone: string, locale: Locale, at: Date): string {
  const parts = new Intl.DateTimeFormat(languageTag(locale), { timeZone, timeZoneName: 'long' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
