import type { AvailabilityWindow } from './model.ts';
import type { Slot } from './scheduler/model.ts';

const byDayThenStart = (a: AvailabilityWindow, b: AvailabilityWindow) =>
  a.day === b.day ? a.startMinute - b.startMinute : a.day < b.day ? -1 : 1;

/**
 * The windows in day and time order, overlapping or touching ones joined: "9–12" and "11–14" are
 * one stretch "9–14", so a slot from 11:30 to 12:30 fits, as the person means it to.
 */
export function normaliseWindows(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  const joined: AvailabilityWindow[] = [];
  for (const window of [...windows].sort(byDayThenStart)) {
    const last = joined.at(-1);
    if (last && last.day === window.day && window.startMinute <= last.endMinute) {
      last.endMinute = Math.max(last.endMinute, window.endMinute);
    } else {
      joined.push({ ...window });
    }
  }
  return joined;
}

/**
 * The slots a person can meet in: those that lie wholly inside one of their windows on the slot's day.
 * No windows at all (null) means the whole summit. Slots count days from the edition's first.
 */
export function slotsWithinWindows(
  slots: readonly Slot[],
  windows: readonly AvailabilityWindow[] | null,
  editionDays: readonly string[],
): Slot[] {
  if (windows === null) return [...slots];
  return slots.filter((slot) =>
    windows.some(
      (window) =>
        editionDays.indexOf(window.day) === slot.day &&
        window.startMinute <= slot.startMinute &&
        slot.endMinute <= window.endMinute,
    ),
  );
}
