import { fromZonedTime } from 'date-fns-tz';
import { shiftDate } from '../summit/edition-rules.ts';
import type { MeetingSettings, NewMeetingSlot } from './model.ts';

/** Every day of the edition, first to last, as YYYY-MM-DD. */
export function editionDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn; day = shiftDate(day, 1)) days.push(day);
  return days;
}

const clockTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;

type SlotLayout = Pick<MeetingSettings, 'slotMinutes' | 'breakMinutes' | 'dayStartMinute' | 'dayEndMinute'>;

/**
 * The bookable slots of every edition day: from the day's start, one slot after another with the break
 * between them, the last one ending by the day's end. Wall-clock times in the edition's zone.
 */
export function generateSlots(
  edition: { id: string; startsOn: string; endsOn: string; timeZone: string },
  layout: SlotLayout,
): NewMeetingSlot[] {
  const slots: NewMeetingSlot[] = [];
  for (const day of editionDays(edition.startsOn, edition.endsOn)) {
    for (
      let start = layout.dayStartMinute;
      start + layout.slotMinutes <= layout.dayEndMinute;
      start += layout.slotMinutes + layout.breakMinutes
    ) {
      const startsAt = fromZonedTime(`${day}T${clockTime(start)}`, edition.timeZone);
      slots.push({
        editionId: edition.id,
        day,
        startsAt,
        endsAt: new Date(startsAt.getTime() + layout.slotMinutes * 60_000),
      });
    }
  }
  return slots;
}
