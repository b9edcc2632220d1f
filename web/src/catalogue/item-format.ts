import type { CatalogueItem } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { formattersFor } from '../i18n/intl-formatters.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Season months are Gregorian months 1–12. A Persian reader sees them by their Persian names
 * (سپتامبر), not as the Solar Hijri month a date in them would fall in, which would be off by a third.
 */
export function monthName(month: number, locale: Locale): string {
  return formattersFor(locale)
    .dateTime({ month: 'long', calendar: 'gregory', timeZone: 'UTC' })
    .format(Date.UTC(2025, month - 1, 15));
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return formatNumber(amount, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
}

/**
 * Runs of consecutive months read better as ranges: "September – December". A season across the
 * new year (December, January, February) is one run, from December to February.
 */
export function monthRuns(months: readonly number[]): [number, number][] {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const month of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  const first = runs[0];
  const last = runs.at(-1);
  if (runs.length > 1 && first && last && first[0] === 1 && last[1] === 12)
    return [[last[0], first[1]], ...runs.slice(1, -1)];
  return runs;
}

export const isAllYear = (item: Pick<CatalogueItem, 'seasonMonths'>) =>
  item.seasonMonths.length === 0 || item.seasonMonths.length === 12;

/** "US Dollar (USD)": the name from Intl in the reader's language, the code as written on invoices. */
export function currencyName(currency: string, locale: Locale): string {
  const name = formattersFor(locale).displayNames({ type: 'currency' }).of(currency);
  return name && name !== currency ? `${name} (${currency})` : currency;
}

/** File sizes in the unit that keeps the number short: bytes, kilobytes or megabytes, written out. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / 1024 / 1024, 'megabyte'];
  return formatNumber(value, locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  });
}
