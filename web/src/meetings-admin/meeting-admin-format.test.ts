import { describe, expect, it } from 'vitest';
import { formatGap } from './meeting-admin-format.ts';

describe('the scheduler’s gap as the page writes it', () => {
  it('writes a gap as a percentage with at most two decimals, in the reader’s digits', () => {
    expect(formatGap(0.0123, 'en')).toBe('1.23%');
    expect(formatGap(0.0123, 'fa')).toMatch(/^۱٫۲۳\s?٪$/u);
  });

  it('never rounds a real but tiny gap down to an optimal-looking 0%', () => {
    expect(formatGap(0.0000035, 'en')).toBe('< 0.01%');
  });

  it('reads floating-point noise of an optimal schedule as no gap', () => {
    expect(formatGap(1.13e-16, 'en')).toBe('0%');
    expect(formatGap(0, 'en')).toBe('0%');
  });
});
