import { describe, expect, it } from 'vitest';
import { formatTimeField, readTimeField } from './clock-time.ts';

describe('a time typed beside a date', () => {
  it('reads 24-hour times in Persian or Latin digits', () => {
    expect(readTimeField('۹:۳۰')).toBe('09:30');
    expect(readTimeField('14.05')).toBe('14:05');
    expect(readTimeField('23:59')).toBe('23:59');
  });

  it('refuses what is no time of day', () => {
    expect(readTimeField('24:00')).toBeNull();
    expect(readTimeField('12:60')).toBeNull();
    expect(readTimeField('noon')).toBeNull();
    expect(readTimeField('')).toBeNull();
  });

  it("writes the time in the reader's digits", () => {
    expect(formatTimeField('09:30', 'fa')).toBe('۰۹:۳۰');
    expect(formatTimeField('09:30', 'ru')).toBe('09:30');
  });
});
