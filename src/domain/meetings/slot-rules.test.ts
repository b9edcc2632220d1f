import { describe, expect, it } from 'vitest';
import { editionDays, generateSlots } from './slot-rules.ts';

const edition = { id: 'e', startsOn: '2025-11-18', endsOn: '2025-11-19', timeZone: 'Asia/Tehran' };

describe('generateSlots', () => {
  it('lays slots with their breaks from the day’s start, the last one ending by the day’s end', () => {
    const slots = generateSlots(edition, { slotMinutes: 30, breakMinutes: 10, dayStartMinute: 540, dayEndMinute: 660 });
    expect(slots.filter((slot) => slot.day === '2025-11-18').map((slot) => slot.startsAt.toISOString())).toEqual([
      '2025-11-18T05:30:00.000Z',
      '2025-11-18T06:10:00.000Z',
      '2025-11-18T06:50:00.000Z',
    ]);
    expect(slots.at(-1)!.endsAt.toISOString()).toBe('2025-11-19T07:20:00.000Z');
  });

  it('gives every edition day the same wall-clock slots in the edition’s zone', () => {
    const slots = generateSlots(edition, { slotMinutes: 60, breakMinutes: 0, dayStartMinute: 540, dayEndMinute: 600 });
    expect(slots.map((slot) => [slot.day, slot.startsAt.toISOString()])).toEqual([
      ['2025-11-18', '2025-11-18T05:30:00.000Z'],
      ['2025-11-19', '2025-11-19T05:30:00.000Z'],
    ]);
  });

  it('lists the edition’s days across a month’s end', () => {
    expect(editionDays('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
  });
});
