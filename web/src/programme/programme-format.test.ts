import { describe, expect, it } from 'vitest';
import { dayInZone, editionDays, editionTimeOf, formatTimeRange, instantFromEditionTime } from './programme-format.ts';

describe('programme times', () => {
  it('lists every day of the edition across a month end', () => {
    expect(editionDays('2025-11-29', '2025-12-02')).toEqual(['2025-11-29', '2025-11-30', '2025-12-01', '2025-12-02']);
  });

  it('shows times in the edition zone whatever the reader zone, with Persian digits in Persian', () => {
    expect(formatTimeRange('2025-11-18T05:30:00Z', '2025-11-18T07:00:00Z', 'en', 'Asia/Tehran')).toBe('09:00–10:30');
    expect(formatTimeRange('2025-11-18T05:30:00Z', '2025-11-18T07:00:00Z', 'fa', 'Asia/Tehran')).toBe('۰۹:۰۰–۱۰:۳۰');
  });

  it('reads a typed wall-clock time in the edition zone and back', () => {
    const instant = instantFromEditionTime('2025-11-18', '09:00', 'Asia/Tehran');
    expect(instant).toBe('2025-11-18T05:30:00.000Z');
    expect(editionTimeOf(instant, 'Asia/Tehran')).toBe('09:00');
  });

  it('puts a late-evening session on its edition day, not the UTC day', () => {
    expect(dayInZone('2025-11-18T21:00:00Z', 'Asia/Tehran')).toBe('2025-11-19');
  });
});
