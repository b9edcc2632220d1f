import { addDays, format, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { formattersFor } from '../i18n/intl-formatters.ts';
import type { Locale } from '../i18n/locales.ts';

/** The edition's days as calendar dates (YYYY-MM-DD), first to last. */
export function editionDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn && days.length < 60; day = format(addDays(parseISO(day), 1), 'yyyy-MM-dd'))
    days.push(day);
  return days;
}

/** The calendar day an instant falls on in the edition's zone, whatever the reader's zone. */
export function dayInZone(instant: string, timeZone: string): string {
  return formatInTimeZone(new Date(instant), timeZone, 'yyyy-MM-dd');
}

/** "09:00–10:30" in the edition's zone, with the reader's digits (Persian digits in fa). */
export function formatTimeRange(startsAt: string, endsAt: string, locale: Locale, timeZone: string): string {
  const formatter = formattersFor(locale).dateTime({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${formatter.format(new Date(startsAt))}–${formatter.format(new Date(endsAt))}`;
}

/** A wall-clock time typed on an edition day, read in the edition's zone: the instant the API stores. */
export function instantFromEditionTime(day: string, time: string, timeZone: string): string {
  return fromZonedTime(`${day}T${time}:00`, timeZone).toISOString();
}

/** The edition-zone "HH:mm" of an instant, for editing it again. */
export function editionTimeOf(instant: string, timeZone: string): string {
  return formatInTimeZone(new Date(instant), timeZone, 'HH:mm');
}
