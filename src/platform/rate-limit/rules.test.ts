import { describe, expect, it } from 'vitest';
import { judgeRequestCount, windowStartOf } from './rules.ts';

const limit = { bucket: 'test', max: 3, windowSeconds: 600 };

describe('rate limit rules', () => {
  it('puts every instant of a window into the same window, aligned to the epoch', () => {
    expect(windowStartOf(new Date('2025-11-18T10:09:59Z'), limit).toISOString()).toBe('2025-11-18T10:00:00.000Z');
    expect(windowStartOf(new Date('2025-11-18T10:10:00Z'), limit).toISOString()).toBe('2025-11-18T10:10:00.000Z');
  });

  it('lets requests through up to the limit', () => {
    expect(judgeRequestCount(3, new Date('2025-11-18T10:01:00Z'), limit)).toEqual({ ok: true });
  });

  it('refuses past the limit until the next window starts', () => {
    expect(judgeRequestCount(4, new Date('2025-11-18T10:01:00Z'), limit)).toEqual({
      ok: false,
      retryAfterSeconds: 540,
    });
  });

  it('never asks to wait less than a second', () => {
    expect(judgeRequestCount(4, new Date('2025-11-18T10:09:59.999Z'), limit)).toEqual({
      ok: false,
      retryAfterSeconds: 1,
    });
  });
});
