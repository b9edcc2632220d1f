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
