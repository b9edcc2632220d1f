import { describe, expect, it } from 'vitest';
import { formatDateField, formatMonthOf, readDateField } from './calendar-date.ts';

describe('a date typed in the reader’s calendar', () => {
  it('reads a Solar Hijri date in Persian digits as the ISO day it is', () => {
    expect(readDateField('۱۴۰۴/۰۸/۲۷', 'fa')).toEqual({ kind: 'day', iso: '2025-11-18' });
  });

  it('reads Latin digits and other separators in Persian too', () => {
    expect(readDateField('1404-8-27', 'fa')).toEqual({ kind: 'day', iso: '2025-11-18' });
  });

  it('refuses 30 Esfand in a common year and names how many days Esfand has', () => {
    expect(readDateField('۱۴۰۴/۱۲/۳۰', 'fa')).toEqual({ kind: 'no_such_day', month: '2026-03-20', days: 29 });
    expect(formatMonthOf('2026-03-20', 'fa')).toContain('اسفند');
  });

  it('accepts 30 Esfand in a leap year', () => {
    expect(readDateField('1403/12/30', 'fa')).toEqual({ kind: 'day', iso: '2025-03-20' });
  });

  it('accepts 31 Khordad but refuses 31 Mehr, which has 30 days', () => {
    expect(readDateField('1404/03/31', 'fa')).toEqual({ kind: 'day', iso: '2025-06-21' });
    expect(readDateField('1404/07/31', 'fa')).toMatchObject({ kind: 'no_such_day', days: 30 });
  });

  it('reads day, month and year in the Russian order and refuses 31 June', () => {
    expect(readDateField('30.06.2025', 'ru')).toEqual({ kind: 'day', iso: '2025-06-30' });
    expect(readDateField('31.06.2025', 'ru')).toEqual({ kind: 'no_such_day', month: '2025-06-30', days: 30 });
  });

  it('takes 29 February only in a leap year', () => {
    expect(readDateField('29/02/2024', 'en')).toEqual({ kind: 'day', iso: '2024-02-29' });
    expect(readDateField('29/02/2025', 'en')).toMatchObject({ kind: 'no_such_day', days: 28 });
  });

  it('takes a pasted ISO date whatever the reader’s order', () => {
    expect(readDateField('2025-11-18', 'ru')).toEqual({ kind: 'day', iso: '2025-11-18' });
  });

  it('says what is not a date at all: a part missing, a 13th month, a two-digit year', () => {
    expect(readDateField('11/2025', 'en')).toEqual({ kind: 'not_a_date' });
    expect(readDateField('18.13.2025', 'ru')).toEqual({ kind: 'not_a_date' });
    expect(readDateField('18.11.25', 'ru')).toEqual({ kind: 'not_a_date' });
  });

  it('refuses days outside the years the API keeps (1900–2999)', () => {
    expect(readDateField('31.12.1899', 'ru')).toEqual({ kind: 'out_of_range' });
    expect(readDateField('1278/10/05', 'fa')).toEqual({ kind: 'out_of_range' });
    expect(readDateField('1278/10/11', 'fa')).toEqual({ kind: 'day', iso: '1900-01-01' });
  });

  it('treats an empty field as no date', () => {
    expect(readDateField('  ', 'fa')).toEqual({ kind: 'empty' });
  });
});

describe('a day written for the reader to edit', () => {
  it('is Solar Hijri with Persian digits in Persian and the local order elsewhere', () => {
    expect(formatDateField('2025-11-18', 'fa')).toBe('۱۴۰۴/۰۸/۲۷');
    expect(formatDateField('2025-11-18', 'ru')).toBe('18.11.2025');
    expect(formatDateField('2025-11-18', 'en')).toBe('18/11/2025');
    expect(formatDateField('', 'en')).toBe('');
  });

  it('reads back as the same day in every language', () => {
    for (const locale of ['fa', 'ru', 'en', 'az', 'kk', 'tk'] as const) {
      for (const iso of ['2025-03-20', '2025-03-21', '2026-03-20', '2024-12-31']) {
        expect(readDateField(formatDateField(iso, locale), locale)).toEqual({ kind: 'day', iso });
      }
    }
  });
});
