import { addDays, format, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime, toZonedTime } from 'date-fns-tz';
import type { EditionDays, ProgrammeSession, Room, SessionWithPeople, TimeRange } from './model.ts';

/** Half-open ranges: touching ends do not overlap. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

type Candidate = TimeRange & { id?: string; roomId: string | null };

/** The session already in the candidate's room at an overlapping time; a session without a room conflicts with nothing. */
export function findRoomConflict<S extends ProgrammeSession>(candidate: Candidate, booked: readonly S[]): S | null {
  if (candidate.roomId === null) return null;
  return (
    booked.find(
      (session) => session.id !== candidate.id && session.roomId === candidate.roomId && overlaps(candidate, session),
    ) ?? null
  );
}

export type PersonConflict<S> = { participantId: string; session: S };

/** The first moderator or speaker of the candidate who is already in another session at an overlapping time. */
export function findPersonConflict<S extends SessionWithPeople>(
  candidate: TimeRange & { id?: string; participantIds: readonly string[] },
  booked: readonly S[],
): PersonConflict<S> | null {
  for (const session of booked) {
    if (session.id === candidate.id || !overlaps(candidate, session)) continue;
    const shared = session.people.find((person) => candidate.participantIds.includes(person.participantId));
    if (shared) return { participantId: shared.participantId, session };
  }
  return null;
}

/** The edition's first and last day as instants: from midnight of the first day to midnight after the last, in its zone. */
export function editionSpan(days: EditionDays): TimeRange {
  const dayAfterEnd = format(addDays(parseISO(days.endsOn), 1), 'yyyy-MM-dd');
  return {
    startsAt: fromZonedTime(`${days.startsOn}T00:00:00`, days.timeZone),
    endsAt: fromZonedTime(`${dayAfterEnd}T00:00:00`, days.timeZone),
  };
}

export function isWithinEdition(range: TimeRange, days: EditionDays): boolean {
  const span = editionSpan(days);
  return range.startsAt >= span.startsAt && range.endsAt <= span.endsAt;
}

/** Seats a session offers: its own limit, else its room's; null when neither bounds it. */
export function seatCapacityOf(
  session: Pick<ProgrammeSession, 'capacity'>,
  room: Pick<Room, 'capacity'> | null,
): number | null {
  return session.capacity ?? room?.capacity ?? null;
}

export type SeatCheck = { ok: true } | { ok: false; code: 'session_full'; capacity: number };

export function checkSeatAvailable(seatsTaken: number, capacity: number | null): SeatCheck {
  if (capacity !== null && seatsTaken >= capacity) return { ok: false, code: 'session_full', capacity };
  return { ok: true };
}

/**
 * Moves an instant by whole days while keeping its wall-clock time: 10:00 in the old edition's
 * zone becomes 10:00 in the new edition's zone, `days` later, whatever the zones' offsets.
 */
export function shiftByEditionDays(instant: Date, days: number, fromZone: string, toZone: string): Date {
  return fromZonedTime(addDays(toZonedTime(instant, fromZone), days), toZone);
}

/** The clashing session's times as the problem's detail shows them: in the edition's zone, the zone named. */
export function conflictTimes(
  session: TimeRange,
  timeZone: string,
): { conflictStartsAt: string; conflictEndsAt: string } {
  return {
    conflictStartsAt: formatInTimeZone(session.startsAt, timeZone, 'yyyy-MM-dd HH:mm'),
    conflictEndsAt: `${formatInTimeZone(session.endsAt, timeZone, 'HH:mm')} ${timeZone}`,
  };
}
