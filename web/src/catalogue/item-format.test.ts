import { beforeAll, describe, expect, it } from 'vitest';
import { prepareFormatters } from '../i18n/intl-formatters.ts';
import { currencyName, formatFileSize, formatMoney, monthName, monthRuns } from './item-format.ts';

describe('season months', () => {
  it('joins consecutive months into one run', () => {
    expect(monthRuns([11, 9, 10, 12])).toEqual([[9, 12]]);
  });

  it('keeps a winter season across the new year as one run, from December', () => {
    expect(monthRuns([1, 2, 12])).toEqual([[12, 2]]);
    expect(monthRuns([1, 6, 12])).toEqual([
      [12, 1],
      [6, 6],
    ]);
  });

  it('names Gregorian months in Persian rather than the Solar Hijri month a day of them falls in', () => {
    expect(monthName(9, 'fa')).toBe('سپتامبر');
    expect(monthName(9, 'ru')).toBe('сентябрь');
  });
});

describe('money and file sizes', () => {
  it('writes amounts of money with Persian digits for a Persian reader', () => {
    expect(formatMoney(1500000, 'USD', 'fa')).toMatch(/۱٬۵۰۰٬۰۰۰/);
    expect(currencyName('RUB', 'en')).toBe('Russian Rouble (RUB)');
  });

  it('writes a small file in bytes and a large one in megabytes', () => {
    expect(formatFileSize(70, 'en')).toBe('70 bytes');
    expect(formatFileSize(3.5 * 1024 * 1024, 'ru')).toMatch(/^3,5 мегабайт/);
  });
});

describe('languages the browser may lack', () => {
  beforeAll(async () => {
    for (const locale of ['az', 'kk', 'tk'] as const) await prepareFormatters(locale, { forcePolyfill: true });
  });

  it('formats months, money and sizes through the polyfill too', () => {
    for (const locale of ['az', 'kk', 'tk'] as const) {
      expect(monthName(9, locale), locale).not.toMatch(/^M?0?9$/);
      expect(formatMoney(1500, 'KZT', locale), locale).toMatch(/1.?500/);
      expect(formatFileSize(2048, locale), locale).toMatch(/^2\s/);
    }
  });
});
