import type { MeetingSettings, MeetingSettingsBody } from './admin-types.ts';

/** The settings as the form holds them: numbers as typed, day hours as "HH:mm". */
export type SettingsDraft = {
  slotMinutes: string;
  breakMinutes: string;
  dayStart: string;
  dayEnd: string;
  maxMeetingsPerDay: string;
  requestQuotaPerDay: string;
  travelMinutes: string;
  protocolOrder: string[];
};

/** "HH:mm" for minutes after midnight. */
export function timeOfMinute(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Minutes after midnight for "HH:mm"; NaN for anything else, which the server then refuses by name. */
export function minuteOfTime(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

export function settingsDraftOf(settings: MeetingSettings): SettingsDraft {
  return {
    slotMinutes: String(settings.slotMinutes),
    breakMinutes: String(settings.breakMinutes),
    dayStart: timeOfMinute(settings.dayStartMinute),
    dayEnd: timeOfMinute(settings.dayEndMinute),
    maxMeetingsPerDay: String(settings.maxMeetingsPerDay),
    requestQuotaPerDay: String(settings.requestQuotaPerDay),
    travelMinutes: String(settings.travelMinutes),
    protocolOrder: settings.protocolOrder,
  };
}

/** The PUT body; the per-role quotas the form does not show are sent back as they were. */
export function settingsBodyOf(draft: SettingsDraft, settings: MeetingSettings): MeetingSettingsBody {
  return {
    slotMinutes: Number(draft.slotMinutes),
    breakMinutes: Number(draft.breakMinutes),
    dayStartMinute: minuteOfTime(draft.dayStart),
    dayEndMinute: minuteOfTime(draft.dayEnd),
    maxMeetingsPerDay: Number(draft.maxMeetingsPerDay),
    requestQuotaPerDay: Number(draft.requestQuotaPerDay),
    roleRequestQuotas: settings.roleRequestQuotas,
    travelMinutes: Number(draft.travelMinutes),
    protocolOrder: draft.protocolOrder,
  };
}

/** The list with the entry at `index` swapped with its neighbour `by` places away (−1 up, +1 down). */
export function moveEntry<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const other = index + by;
  if (other < 0 || other >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[other]] = [moved[other]!, moved[index]!];
  return moved;
}
