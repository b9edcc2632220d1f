import { describe, expect, it } from 'vitest';
import { normaliseWindows, slotsWithinWindows } from './availability-rules.ts';
import type { Slot } from './scheduler/model.ts';

const DAYS = ['2025-11-18', '2025-11-19'];
const window = (day: string, from: number, to: number) => ({ day, startMinute: from * 60, endMinute: to * 60 });
const slot = (id: string, day: number, from: number, minutes = 30): Slot => ({
  id,
  day,
  startMinute: from * 60,
  endMinute: from * 60 + minutes,
});

describe('normaliseWindows', () => {
  it('sorts by day and time and joins windows that overlap or touch, but not those on other days', () => {
    const joined = normaliseWindows([
      window('2025-11-19', 9, 10),
      window('2025-11-18', 11, 14),
      window('2025-11-18', 9, 12),
      window('2025-11-18', 14, 15),
      window('2025-11-18', 16, 17),
    ]);
    expect(joined).toEqual([window('2025-11-18', 9, 15), window('2025-11-18', 16, 17), window('2025-11-19', 9, 10)]);
  });
});

describe('slotsWithinWindows', () => {
  const slots = [slot('a', 0, 9), slot('b', 0, 11.75), slot('c', 1, 9), slot('d', 1, 12)];

  it('keeps only slots wholly inside a window of their own day', () => {
    const windows = [window('2025-11-18', 9, 12), window('2025-11-19', 12, 13)];
    // b runs 11:45–12:15, past the window's end; c is on a day with no window before noon.
    expect(slotsWithinWindows(slots, windows, DAYS).map(({ id }) => id)).toEqual(['a', 'd']);
  });

  it('gives every slot to a person with no windows, and none to one whose windows miss them all', () => {
    expect(slotsWithinWindows(slots, null, DAYS)).toHaveLength(4);
    expect(slotsWithinWindows(slots, [window('2025-11-19', 15, 16)], DAYS)).toEqual([]);
  });
});
