import { type CalendarEvent, writeCalendarFile } from '../../platform/calendar/calendar-file.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { SessionDetail } from './model.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';

/**
 * An iCalendar file of the sessions, titles in the wanted language or the first one written. `now`
 * stamps the file.
 */
export function writeCalendar(
  sessions: readonly SessionDetail[],
  locale: Locale,
  calendarName: string,
  now: Date,
): string {
  return writeCalendarFile(
    sessions.map((session) => sessionEvent(session, locale)),
    { productId: 'caspian-bridge/programme', calendarName, now },
  );
}

/** A session as a calendar event: its abstract and people as the description, its room as the place. */
export function sessionEvent(session: SessionDetail, locale: Locale): CalendarEvent {
  const people = session.people.map((person) => person.nameLatin || person.nameNative).filter(Boolean);
  const description = [textIn(session.abstract, locale), people.join(', ')].filter(Boolean).join('\n\n');
  return {
    uid: `${session.id}@caspian-bridge`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    title: textIn(session.title, locale) || session.kind,
    ...(description && { description }),
    ...(session.roomName && { location: textIn(session.roomName, locale) }),
  };
}
