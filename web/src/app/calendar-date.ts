import { formattersFor } from '../i18n/intl-formatters.ts';
import { INTL_TAG, type Locale } from '../i18n/locales.ts';

/**
 * A calendar date typed the reader's way (۱۴۰۴/۰۸/۲۷ in Persian, 18.11.2025 in Russian) and the
 * ISO day it stands for. Every calendar fact comes from Intl: a typed Solar Hijri date is found by
 * bisection over the days the API accepts, each candidate written in the reader's calendar.
 */
export type DateFieldReading =
  | { kind: 'empty' }
  | { kind: 'day'; iso: string }
  | { kind: 'not_a_date' }
  | { kind: 'out_of_range' }
  /** The month exists but not that day of it: `month` is its last day (ISO), `days` how many it has. */
  | { kind: 'no_such_day'; month: string; days: number };

type DayFields = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;
// The API's range (1900–2999, PostgreSQL has no year 0), as day numbers since 1970-01-01.
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2999, 11, 31) / DAY_MS;
/** The day shown as an example in hints: the first summit's opening day. */
export const EXAMPLE_DAY = '2025-11-18';

const NUMERIC: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' };

const isoOf = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
const dayNumberOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The calendar the reader's dates are written in: Solar Hijri for Persian, Gregorian elsewhere. */
export function calendarOf(locale: Locale): string {
  return new Intl.Locale(INTL_TAG[locale]).calendar ?? 'gregory';
}

const fieldFormats = new Map<string, Intl.DateTimeFormat>();

/** Year, month and day of a day in a calendar, in Latin digits whatever the reader's digits are. */
function fieldsOf(dayNumber: number, calendar: string): DayFields {
  let format = fieldFormats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { ...NUMERIC, month: 'numeric', day: 'numeric' });
    fieldFormats.set(calendar, format);
  }
  const parts = format.formatToParts(dayNumber * DAY_MS);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const compare = (a: DayFields, b: DayFields) => a.year - b.year || a.month - b.month || a.day - b.day;

/** The first day in the API's range whose date in the calendar is `target` or later (LAST_DAY + 1 if none). */
function firstDayFrom(target: DayFields, calendar: string): number {
  let low = FIRST_DAY;
  let high = LAST_DAY + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (compare(fieldsOf(middle, calendar), target) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The order the reader writes a date's parts in, from Intl: year first in Persian, day first in Russian. */
function partOrder(locale: Locale): readonly ('year' | 'month' | 'day')[] {
  return formattersFor(locale)
    .dateTime(NUMERIC)
    .formatToParts(dayNumberOf(EXAMPLE_DAY) * DAY_MS)
    .map((part) => part.type)
    .filter((type): type is 'year' | 'month' | 'day' => type === 'year' || type === 'month' || type === 'day');
}

const latinDigits = (text: string) =>
  text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) =>
    String(digit.charCodeAt(0) - (digit >= '\u06F0' ? 0x06f0 : 0x0660)),
  );

/** Reads what was typed: Persian, Arabic or Latin digits, any separators, the parts in the reader's order. */
export function readDateField(text: string, locale: Locale): DateFieldReading {
  if (text.trim() === '') return { kind: 'empty' };
  const numbers = latinDigits(text).match(/\d+/g) ?? [];
  // A four-digit first number is a year whatever the reader's order: an ISO date pasted in (2025-11-18).
  const order = numbers[0]?.length === 4 ? (['year', 'month', 'day'] as const) : partOrder(locale);
  if (numbers.length !== 3 || order.length !== 3) return { kind: 'not_a_date' };
  const typed = Object.fromEntries(order.map((type, index) => [type, numbers[index]!])) as Record<
    'year' | 'month' | 'day',
    string
  >;
  const target = { year: Number(typed.year), month: Number(typed.month), day: Number(typed.day) };
  if (typed.year.length !== 4 || target.month < 1 || target.month > 12 || target.day < 1 || target.day > 31) {
    return { kind: 'not_a_date' };
  }
  const calendar = calendarOf(locale);
  const found = firstDayFrom(target, calendar);
  if (found > LAST_DAY) return { kind: 'out_of_range' };
  if (compare(fieldsOf(found, calendar), target) === 0) return { kind: 'day', iso: isoOf(found) };
  if (found === FIRST_DAY) return { kind: 'out_of_range' };
  // No day has these fields, so the day before the next one is the last of the typed month.
  const lastOfMonth = found - 1;
  return { kind: 'no_such_day', month: isoOf(lastOfMonth), days: fieldsOf(lastOfMonth, calendar).day };
}

/** An ISO day as the reader types it: "۱۴۰۴/۰۸/۲۷", "18.11.2025", "18/11/2025". */
export function formatDateField(iso: string, locale: Locale): string {
  if (!iso) return '';
  return formattersFor(locale)
    .dateTime(NUMERIC)
    .format(dayNumberOf(iso) * DAY_MS);
}

/** A month named with its year in the reader's calendar: "اسفند ۱۴۰۴", «июнь 2025 г.». */
export function formatMonthOf(iso: string, locale: Locale): string {
  return formattersFor(locale)
    .dateTime({ year: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(dayNumberOf(iso) * DAY_MS);
}

/** The first and last day the API accepts, for a message about a date outside them. */
export const DATE_FIELD_RANGE = { first: isoOf(FIRST_DAY), last: isoOf(LAST_DAY) } as const;
