import { describe, expect, it } from 'vitest';
import type { MeetingSettings } from './admin-types.ts';
import { minuteOfTime, moveEntry, settingsBodyOf, settingsDraftOf, timeOfMinute } from './settings-draft.ts';

const settings: MeetingSettings = {
  editionId: 'caspian-governors-summit-2025',
  slotMinutes: 30,
  breakMinutes: 10,
  dayStartMinute: 9 * 60,
  dayEndMinute: 17 * 60 + 30,
  maxMeetingsPerDay: 6,
  requestQuotaPerDay: 8,
  roleRequestQuotas: { exhibitor: 12 },
  travelMinutes: 15,
  protocolOrder: ['astrakhan', 'mangystau'],
};

describe('the meeting settings form', () => {
  it('shows day hours as times and sends them back as the same minutes', () => {
    const draft = settingsDraftOf(settings);
    expect(draft.dayStart).toBe('09:00');
    expect(draft.dayEnd).toBe('17:30');
    const { editionId: _, ...unchanged } = settings;
    expect(settingsBodyOf(draft, settings)).toEqual(unchanged);
  });

  it('keeps the per-role quotas it does not show', () => {
    const body = settingsBodyOf({ ...settingsDraftOf(settings), slotMinutes: '45' }, settings);
    expect(body.roleRequestQuotas).toEqual({ exhibitor: 12 });
    expect(body.slotMinutes).toBe(45);
  });

  it('leaves an unreadable time for the server to refuse by name rather than guessing', () => {
    expect(minuteOfTime('9h')).toBeNaN();
    expect(minuteOfTime('7:05')).toBe(425);
    expect(timeOfMinute(0)).toBe('00:00');
  });

  it('moves a province up or down the protocol order, never past either end', () => {
    expect(moveEntry(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
