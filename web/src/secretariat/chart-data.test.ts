import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  categoryLabelWidth,
  chartColors,
  formatShare,
  hasFigures,
  INLINE_LABEL_MIN_SHARE,
  slicesOf,
  swatchColor,
} from './chart-data.ts';

describe('whether a figure has anything to draw', () => {
  it('says no for no rows, for rows of nothing and for rows of zeros', () => {
    expect(hasFigures([])).toBe(false);
    expect(hasFigures([[], []])).toBe(false);
    // Attendance per session before the summit: every session there, nobody seated or checked in.
    expect(
      hasFigures([
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
    ).toBe(false);
  });

  it('says yes as soon as one value of one series is above zero', () => {
    expect(
      hasFigures([
        [0, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(true);
    expect(hasFigures([[3]])).toBe(true);
  });

  it('does not count a value that is not a number of people', () => {
    expect(hasFigures([[Number.NaN, -2, Number.POSITIVE_INFINITY]])).toBe(false);
  });
});

describe('the slices of a donut', () => {
  it('gives each row its share of the whole, in the rows order', () => {
    const slices = slicesOf([6, 3, 1]);
    expect(slices.map((slice) => slice.index)).toEqual([0, 1, 2]);
    expect(slices.map((slice) => slice.share)).toEqual([0.6, 0.3, 0.1]);
  });

  it('writes the share on the ring only for slices at or above the threshold, and leaves the rest to the legend', () => {
    // 1 of 40 is 2.5 %: the slice too thin for its label that used to overlap its neighbours.
    const slices = slicesOf([30, 6, 3, 1]);
    expect(slices.map((slice) => slice.inlineLabel)).toEqual([true, true, false, false]);
    expect(slicesOf([9, 1], 0.1).map((slice) => slice.inlineLabel)).toEqual([true, true]);
    expect(slicesOf([9, 1], 0.2).map((slice) => slice.inlineLabel)).toEqual([true, false]);
    expect(INLINE_LABEL_MIN_SHARE).toBeGreaterThan(0);
  });

  it('does not draw an empty slice, so that its label cannot land on another', () => {
    const slices = slicesOf([5, 0, 5]);
    expect(slices.map((slice) => slice.drawn)).toEqual([true, false, true]);
    expect(slices[1]).toMatchObject({ share: 0, inlineLabel: false });
  });

  it('gives every slice a share of 0 when the whole is 0, rather than dividing by zero', () => {
    expect(slicesOf([0, 0]).map((slice) => [slice.share, slice.drawn, slice.inlineLabel])).toEqual([
      [0, false, false],
      [0, false, false],
    ]);
  });
});

describe('the colours of the chart and of its legend', () => {
  it('uses the site colours first, then the palette, and loops', () => {
    expect(swatchColor(0)).toBe(`var(--sea, ${CHART_COLORS[0]})`);
    expect(swatchColor(1)).toBe(`var(--accent, ${CHART_COLORS[1]})`);
    expect(swatchColor(2)).toBe(CHART_COLORS[2]);
    expect(swatchColor(CHART_COLORS.length + 2)).toBe(CHART_COLORS[2]);
  });

  it('draws with the page colours where it has them, the same places as the swatches', () => {
    expect(chartColors('#123456', '#abcdef').slice(0, 3)).toEqual(['#123456', '#abcdef', CHART_COLORS[2]]);
    expect(chartColors('', '')).toEqual([...CHART_COLORS]);
  });
});

describe('the room for a category name beside its bar', () => {
  it('is a third of the chart, never under 90 nor over 220 pixels', () => {
    expect(categoryLabelWidth(480)).toBe(160);
    expect(categoryLabelWidth(150)).toBe(90);
    expect(categoryLabelWidth(1200)).toBe(220);
  });

  it('has a fair width before the chart is laid out', () => {
    expect(categoryLabelWidth(0)).toBe(160);
    expect(categoryLabelWidth(Number.NaN)).toBe(160);
  });
});

describe('a share in the reader digits', () => {
  it('writes Persian digits and the Persian percent sign in Persian, Latin ones in English', () => {
    expect(formatShare(1 / 3, 'fa')).toMatch(/^\u200e?۳۳٫۳\u200e?٪$/);
    expect(formatShare(1 / 3, 'en')).toBe('33.3%');
    expect(formatShare(1, 'en')).toBe('100%');
  });
});
