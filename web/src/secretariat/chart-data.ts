/**
 * Decisions about the dashboard's figures that need no chart library: whether a figure has
 * anything to draw, which slices of a donut carry their share on the ring, the colour of each
 * slice (so that the legend beside the chart shows the same one), and how wide a category's
 * label may be. Pure: the chart chunk and the page both use it.
 */

import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** The colours of the series and slices, in order; the first two are the site's sea and accent. */
export const CHART_COLORS = [
  '#1f6f8b',
  '#c0772b',
  '#5b8c5a',
  '#8e5ea2',
  '#b8474a',
  '#4a7fb8',
  '#9c8a3d',
  '#5b6b78',
  '#2f9c95',
] as const;

/** A slice smaller than this share of the whole has no label on the ring; the legend beside it names it. */
export const INLINE_LABEL_MIN_SHARE = 0.1;

/** Whether a figure has anything to draw: at least one value above zero (no rows, or only zeros, is nothing yet). */
export function hasFigures(valueLists: readonly (readonly number[])[]): boolean {
  return valueLists.some((values) => values.some((value) => Number.isFinite(value) && value > 0));
}

export type Slice = {
  /** The row's place in the legend, which also picks its colour. */
  index: number;
  value: number;
  /** The part of the whole, from 0 to 1; 0 for every slice when the whole is 0. */
  share: number;
  /** Drawn on the ring at all: a zero slice is not, lest its label pile up on its neighbour's. */
  drawn: boolean;
  /** Its share written on the ring; below the threshold only the legend carries it. */
  inlineLabel: boolean;
};

/** Each row of a donut with its share of the whole, and whether the ring has room for its label. */
export function slicesOf(values: readonly number[], minShare: number = INLINE_LABEL_MIN_SHARE): Slice[] {
  const counted = values.map((value) => (Number.isFinite(value) && value > 0 ? value : 0));
  const total = counted.reduce((sum, value) => sum + value, 0);
  return counted.map((value, index) => {
    const share = total > 0 ? value / total : 0;
    return { index, value, share, drawn: value > 0, inlineLabel: value > 0 && share >= minShare };
  });
}

/**
 * The colour of series or slice `index` as CSS, matching what the chart is drawn with: the
 * site's sea and accent (read from the page when drawing) and then the fixed palette.
 */
export function swatchColor(index: number): string {
  const place = index % CHART_COLORS.length;
  if (place === 0) return `var(--sea, ${CHART_COLORS[0]})`;
  if (place === 1) return `var(--accent, ${CHART_COLORS[1]})`;
  return CHART_COLORS[place]!;
}

/** The palette the chart is drawn with, the site's own colours first where the page defines them. */
export function chartColors(sea: string, accent: string): string[] {
  return [sea || CHART_COLORS[0], accent || CHART_COLORS[1], ...CHART_COLORS.slice(2)];
}

/**
 * How many pixels a category's name (a province, a session's title) may take beside its bar: a
 * third of the chart, between 90 and 220 px. A longer name is cut with an ellipsis; the tooltip
 * and the table beside the chart give it whole.
 */
export function categoryLabelWidth(chartWidth: number): number {
  if (!Number.isFinite(chartWidth) || chartWidth <= 0) return 160;
  return Math.round(Math.min(220, Math.max(90, chartWidth / 3)));
}

/** A share as a percentage in the reader's digits ("۳۳٫۳٪" in Persian, "33.3%" in English). */
export function formatShare(share: number, locale: Locale): string {
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 });
}
