import type { TransitNode, TransitRoute, TRANSIT_MODES } from '../api/types.ts';
import { calendarOf } from '../app/calendar-date.ts';
import { formattersFor } from '../i18n/intl-formatters.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';

type TransitMode = (typeof TRANSIT_MODES)[number];

/** Whole days and the hours left over, after rounding to the nearest hour. */
export function durationParts(totalHours: number): { days: number; hours: number } {
  const rounded = Math.max(0, Math.round(totalHours));
  return { days: Math.floor(rounded / 24), hours: rounded % 24 };
}

/**
 * The month of travel is a Gregorian month (seasonal closures are set in January–March). A reader
 * whose calendar is another (Solar Hijri in Persian) sees the months of their own calendar it spans,
 * from Intl, with the Gregorian name after them: "آذر تا دی (دسامبر)".
 */
export function monthName(month: number, locale: Locale): string {
  const formatters = formattersFor(locale);
  const gregorian = formatters
    .dateTime({ month: 'long', timeZone: 'UTC', calendar: 'gregory' })
    .format(Date.UTC(2025, month - 1, 15));
  if (calendarOf(locale) === 'gregory') return gregorian;
  // Day 0 of the next month is the last day of this one.
  const own = formatters
    .dateTime({ month: 'long', timeZone: 'UTC' })
    .formatRange(Date.UTC(2025, month - 1, 1), Date.UTC(2025, month, 0));
  return `${own} (${gregorian})`;
}

export function formatUsd(value: number, locale: Locale): string {
  const fractionDigits = value < 100 ? 2 : 0;
  return formattersFor(locale)
    .number({
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    })
    .format(value);
}

/** The modes a route uses, in the order it first uses them. */
export function modesOf(route: TransitRoute): TransitMode[] {
  return [...new Set(route.steps.map((step) => step.mode))];
}

/** Kilograms per tonne carried, times the tonnes, in tonnes of CO2. */
export function co2TotalTonnes(co2KgPerTonne: number, tonnes: number): number {
  return (co2KgPerTonne * tonnes) / 1000;
}

/** A node's name in the reader's language, another language's when that is all there is, its id at worst. */
export function nodeName(node: TransitNode | undefined, locale: Locale, fallbackId = ''): string {
  return (node && pickText(node.names, locale)?.text) ?? node?.id ?? fallbackId;
}

/** Whole numbers when they are large, one decimal otherwise: a 0.4 kg figure should not read as 0. */
export function significantDigits(value: number): Intl.NumberFormatOptions {
  return { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1 };
}
