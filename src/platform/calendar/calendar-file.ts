import { createEvents, type EventAttributes } from 'ics';

export const CALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/** One event of a calendar file, its times as instants. */
export type CalendarEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description?: string;
  location?: string;
};

/**
 * An iCalendar file, times in UTC (calendar apps show them in the reader's zone). `now` stamps every
 * event, from the caller's clock rather than the library's.
 */
export function writeCalendarFile(
  events: readonly CalendarEvent[],
  file: { productId: string; calendarName: string; now: Date },
): string {
  const { error, value } = createEvents(
    events.map((event) => attributesOf(event, file.now)),
    { productId: file.productId, calName: file.calendarName },
  );
  if (error || !value) throw error ?? new Error('ics: no calendar written');
  return value;
}

function attributesOf(event: CalendarEvent, now: Date): EventAttributes {
  return {
    uid: event.uid,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    ...(event.description && { description: event.description }),
    ...(event.location && { location: event.location }),
    // DTSTAMP: the file's own time.
    ...({ timestamp: now.getTime() } as object),
  };
}
