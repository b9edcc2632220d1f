import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import { DisplayNames } from '@formatjs/intl-displaynames';
import { NumberFormat } from '@formatjs/intl-numberformat';
import type { Formatters } from './intl-formatters.ts';
import type { Locale } from './locales.ts';

type Polyfill = { __addLocaleData: (...data: unknown[]) => void };

/** Only the languages the browser may lack; fa, ru and en always have native data. */
const LOCALE_DATA: Partial<Record<Locale, () => Promise<unknown[]>>> = {
  az: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/az.js'),
      import('@formatjs/intl-numberformat/locale-data/az.js'),
      import('@formatjs/intl-displaynames/locale-data/az.js'),
    ]),
  kk: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/kk.js'),
      import('@formatjs/intl-numberformat/locale-data/kk.js'),
      import('@formatjs/intl-displaynames/locale-data/kk.js'),
    ]),
  tk: () =>
    Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/tk.js'),
      import('@formatjs/intl-numberformat/locale-data/tk.js'),
      import('@formatjs/intl-displaynames/locale-data/tk.js'),
    ]),
};

/**
 * FormatJS's data files hand their data to a global Intl polyfill, or, when there is none (we keep
 * the native Intl for the other languages), leave it in these global queues for us to pass on.
 */
const QUEUES: [string, Polyfill][] = [
  ['__FORMATJS_DATETIMEFORMAT_DATA__', DateTimeFormat as unknown as Polyfill],
  ['__FORMATJS_NUMBERFORMAT_DATA__', NumberFormat as unknown as Polyfill],
  ['__FORMATJS_DISPLAYNAMES_DATA__', DisplayNames as unknown as Polyfill],
];

function drainQueues(): void {
  const globals = globalThis as unknown as Record<string, unknown[] | undefined>;
  for (const [queue, polyfill] of QUEUES) {
    const pending = globals[queue] ?? [];
    if (pending.length > 0) polyfill.__addLocaleData(...pending);
    globals[queue] = [];
  }
}

export async function loadPolyfilledFormatters(locale: Locale): Promise<Formatters> {
  await LOCALE_DATA[locale]?.();
  drainQueues();
  return {
    dateTime: (options) => polyfilledDateTime(locale, options),
    number: (options) =>
      new NumberFormat(
        locale,
        options as ConstructorParameters<typeof NumberFormat>[1],
      ) as unknown as Intl.NumberFormat,
    displayNames: (options) => new DisplayNames(locale, options) as unknown as Intl.DisplayNames,
    timeZoneName: (timeZone) => zoneNameFromCldr(locale, timeZone),
  };
}

/**
 * The polyfill knows no time zones unless fed a large data file. The native Intl does know them:
 * it turns the instant into wall-clock fields in the wanted zone, and the polyfill words those
 * fields in the language, formatting them as UTC.
 */
function polyfilledDateTime(locale: Locale, options: Intl.DateTimeFormatOptions) {
  const { timeZone, ...rest } = options;
  const format = new DateTimeFormat(locale, { ...rest, timeZone: 'UTC' }) as unknown as Intl.DateTimeFormat;
  const toWallClock = (instant: Date | number) =>
    timeZone === 'UTC' ? new Date(instant) : wallClockAsUtc(new Date(instant), timeZone);
  return {
    format: (instant?: Date | number) => format.format(toWallClock(instant ?? Date.now())),
    formatRange: (start: Date | number, end: Date | number) => format.formatRange(toWallClock(start), toWallClock(end)),
    formatToParts: (instant?: Date | number) => format.formatToParts(toWallClock(instant ?? Date.now())),
  };
}

function wallClockAsUtc(instant: Date, timeZone: string | undefined): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!));
}

/**
 * A zone's name from the CLDR data FormatJS loaded for the language ("Иран стандартты уақыты"),
 * read from its table: formatting a zone through the polyfill would need its 800 KB zone data.
 * The standard name is taken; the Caspian zones keep no summer time (Iran dropped it in 2022), and
 * the offset shown beside the name is Intl's own for the day in question.
 */
function zoneNameFromCldr(locale: Locale, timeZone: string): string | undefined {
  const data = (DateTimeFormat as unknown as { localeData: Record<string, ZoneNames | undefined> }).localeData[locale];
  return data?.timeZoneName?.[timeZone]?.long?.[0] ?? undefined;
}

type ZoneNames = { timeZoneName?: Record<string, { long?: [string | null, string | null] } | undefined> };
