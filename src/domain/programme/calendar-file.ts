import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { SessionDetail } from './model.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';

export const CALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/**
 * An iCalendar file of the sessions, times in UTC (calendar apps show them in the reader's zone),
 * titles in the wanted language or the first one written. `now` stamps the file.
 */
export function writeCalendar(
  sessions: readonly SessionDetail[],
  locale: Locale,
  calendarName: string,
  now: Date,
): string {
  const events = sessions.map((session) => eventOf(session, locale, now));
  const { error, value } = createEvents(events, { productId: 'caspian-bridge/programme', calName: calendarName });
  if (error || !value) throw error ?? new Error('ics: no calendar written');
  return value;
}

function eventOf(session: SessionDetail, locale: Locale, now: Date): EventAttributes {
  const people = session.people.map((person) => person.nameLatin || person.nameNative).filter(Boolean);
  const description = [textIn(session.abstract, locale), people.join(', ')].filter(Boolean).join('\n\n');
  return {
    uid: `${session.id}@caspian-bridge`,
    start: session.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: session.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: textIn(session.title, locale) || session.kind,
    ...(description && { description }),
    ...(session.roomName && { location: textIn(session.roomName, locale) }),
    // DTSTAMP: the file's own time, from the caller's clock rather than the library's.
    ...({ timestamp: now.getTime() } as object),
  };
}
