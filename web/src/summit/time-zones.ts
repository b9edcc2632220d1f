import { formattersFor } from '../i18n/intl-formatters.ts';
import type { Locale } from '../i18n/locales.ts';

/** Where the Caspian provinces keep their clocks: offered first, before every other zone the browser knows. */
export const CASPIAN_TIME_ZONES = [
  'Asia/Tehran',
  'Asia/Baku',
  'Europe/Moscow',
  'Europe/Astrakhan',
  'Asia/Aqtau',
  'Asia/Atyrau',
  'Asia/Ashgabat',
] as const;

/** Every IANA zone the browser knows, the Caspian ones first and the edition's own kept even if unknown. */
export function listTimeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = known.filter((zone) => !(CASPIAN_TIME_ZONES as readonly string[]).includes(zone));
  return [...new Set([...CASPIAN_TIME_ZONES, current, ...rest])];
}

function zonePart(locale: string, timeZone: string, style: Intl.DateTimeFormatOptions['timeZoneName'], at: Date) {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/**
 * A zone as the reader knows it, from Intl in their language: its generic name and its offset
 * and its id ("Iran Standard Time (GMT+3:30) · Asia/Tehran"). Where the browser has no zone names for
 * the language (Azerbaijani, Kazakh, Turkmen in Chromium) they come from FormatJS's CLDR data; a zone
 * CLDR leaves unnamed there shows the offset and the id alone.
 */
export function timeZoneLabel(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const offset = zonePart('en', timeZone, 'shortOffset', at) ?? '';
  const name = formattersFor(locale).timeZoneName(timeZone, at);
  // The id goes last, isolated: two zones may share a name (Aqtau and Atyrau are both "Kazakhstan
  // Time"), and CLDR names Astrakhan after Samara; the id tells them apart in every language.
  const id = `\u2068${timeZone}\u2069`;
  return name ? `${name} (${offset}) · ${id}` : `${offset} · ${id}`;
}
