import type { Locale } from '../i18n/locales.ts';

export type AvailabilityWindow = { day: string; startMinute: number; endMinute: number };

/** The choices of a time list: every half hour of the meeting hours, both ends included. */
export const TIME_STEP_MINUTES = 30;

export function minuteChoices(dayStartMinute: number, dayEndMinute: number): number[] {
  const first = Math.floor(dayStartMinute / TIME_STEP_MINUTES) * TIME_STEP_MINUTES;
  const choices: number[] = [];
  for (let minute = first; minute <= dayEndMinute; minute += TIME_STEP_MINUTES) choices.push(minute);
  if (choices.at(-1) !== dayEndMinute) choices.push(dayEndMinute);
  return choices;
}

/** "09:30" in the reader's digits (۰۹:۳۰ in Persian), a clock time with no day or zone. */
export function formatMinuteOfDay(minute: number, locale: Locale): string {
  const twoDigits = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : locale, { minimumIntegerDigits: 2 });
  return `${twoDigits.format(Math.floor(minute / 60))}:${twoDigits.format(minute % 60)}`;
}

/** A new window: the first day not yet given, else the first day, over the whole meeting hours. */
export function nextWindow(
  windows: readonly AvailabilityWindow[],
  days: readonly string[],
  hours: { dayStartMinute: number; dayEndMinute: number },
): AvailabilityWindow {
  const day = days.find((candidate) => !windows.some((window) => window.day === candidate)) ?? days[0]!;
  return { day, startMinute: hours.dayStartMinute, endMinute: hours.dayEndMinute };
}
