import { formatInTimeZone } from 'date-fns-tz';

export type EditionPhase = 'upcoming' | 'running' | 'over';

/** Where an edition stands on a given moment, by the calendar of its own time zone: over once its last day has passed there. */
export function editionPhase(edition: { startsOn: string; endsOn: string; timeZone: string }, now: Date): EditionPhase {
  const today = formatInTimeZone(now, edition.timeZone, 'yyyy-MM-dd');
  if (today < edition.startsOn) return 'upcoming';
  return today > edition.endsOn ? 'over' : 'running';
}

/** Whether registration is still open: before the deadline if there is one, else until the edition is over. */
export function isRegistrationOpen(
  edition: { startsOn: string; endsOn: string; timeZone: string; registrationClosesAt: string | null },
  now: Date,
): boolean {
  if (edition.registrationClosesAt) return now < new Date(edition.registrationClosesAt);
  return editionPhase(edition, now) !== 'over';
}
