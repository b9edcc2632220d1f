import { describe, expect, it } from 'vitest';
import { formatMinuteOfDay, minuteChoices, nextWindow } from './availability-draft.ts';

describe('minuteChoices', () => {
  it('offers every half hour of the meeting hours, and their end when it is off the half hour', () => {
    expect(minuteChoices(9 * 60, 11 * 60)).toEqual([540, 570, 600, 630, 660]);
    expect(minuteChoices(9 * 60 + 15, 10 * 60 + 10)).toEqual([540, 570, 600, 610]);
  });
});

describe('formatMinuteOfDay', () => {
  it('writes the clock time in the reader’s digits', () => {
    expect(formatMinuteOfDay(9 * 60 + 30, 'en')).toBe('09:30');
    expect(formatMinuteOfDay(14 * 60, 'fa')).toBe('۱۴:۰۰');
  });
});

describe('nextWindow', () => {
  const hours = { dayStartMinute: 540, dayEndMinute: 1080 };
  const days = ['2025-11-18', '2025-11-19'];

  it('proposes the first day without hours, over the whole meeting day', () => {
    const given = [{ day: '2025-11-18', startMinute: 600, endMinute: 660 }];
    expect(nextWindow(given, days, hours)).toEqual({ day: '2025-11-19', startMinute: 540, endMinute: 1080 });
  });

  it('goes back to the first day when every day has hours', () => {
    const given = days.map((day) => ({ day, startMinute: 540, endMinute: 600 }));
    expect(nextWindow(given, days, hours).day).toBe('2025-11-18');
  });
});
