import { describe, expect, it } from 'vitest';
import type { ProgrammeSession, SessionWithPeople } from './model.ts';
import {
  checkSeatAvailable,
  editionSpan,
  findPersonConflict,
  findRoomConflict,
  isWithinEdition,
  overlaps,
  seatCapacityOf,
  shiftByEditionDays,
} from './rules.ts';

const at = (time: string) => new Date(`2025-11-18T${time}:00+03:30`);
const days = { startsOn: '2025-11-18', endsOn: '2025-11-21', timeZone: 'Asia/Tehran' };

function session(fields: Partial<SessionWithPeople> & { id: string }): SessionWithPeople {
  return {
    editionId: 'e',
    kind: 'specialist_panel',
    panelId: null,
    roomId: 'hall-a',
    startsAt: at('09:00'),
    endsAt: at('10:00'),
    title: { en: fields.id },
    abstract: {},
    languagesSpoken: [],
    languagesInterpreted: [],
    capacity: null,
    isDemo: false,
    createdAt: at('08:00'),
    updatedAt: at('08:00'),
    people: [],
    seatsTaken: 0,
    ...fields,
  } satisfies ProgrammeSession & SessionWithPeople;
}

describe('overlaps', () => {
  it('does not count touching sessions as overlapping', () => {
    expect(
      overlaps({ startsAt: at('09:00'), endsAt: at('10:00') }, { startsAt: at('10:00'), endsAt: at('11:00') }),
    ).toBe(false);
  });

  it('counts a session inside another as overlapping', () => {
    expect(
      overlaps({ startsAt: at('09:00'), endsAt: at('12:00') }, { startsAt: at('10:00'), endsAt: at('11:00') }),
    ).toBe(true);
  });
});

describe('room conflicts', () => {
  const booked = [session({ id: 'opening', roomId: 'hall-a', startsAt: at('09:00'), endsAt: at('10:30') })];

  it('names the session already in the room', () => {
    expect(findRoomConflict({ roomId: 'hall-a', startsAt: at('10:00'), endsAt: at('11:00') }, booked)?.id).toBe(
      'opening',
    );
  });

  it('lets a session start in the room the minute the previous one ends', () => {
    expect(findRoomConflict({ roomId: 'hall-a', startsAt: at('10:30'), endsAt: at('11:00') }, booked)).toBeNull();
  });

  it('ignores other rooms and the session being edited itself', () => {
    expect(findRoomConflict({ roomId: 'hall-b', startsAt: at('09:00'), endsAt: at('10:00') }, booked)).toBeNull();
    expect(
      findRoomConflict({ id: 'opening', roomId: 'hall-a', startsAt: at('09:30'), endsAt: at('10:00') }, booked),
    ).toBeNull();
  });

  it('lets a break without a room conflict with nothing', () => {
    expect(
      findRoomConflict({ roomId: null, startsAt: at('09:00'), endsAt: at('10:00') }, [
        session({ id: 'coffee', kind: 'break', roomId: null }),
      ]),
    ).toBeNull();
  });
});

describe('person conflicts', () => {
  const booked = [session({ id: 'panel-1', roomId: 'hall-b', people: [{ participantId: 'p1', role: 'moderator' }] })];

  it('does not put a moderator into two sessions at once, even in different rooms', () => {
    const conflict = findPersonConflict(
      { participantIds: ['p2', 'p1'], startsAt: at('09:30'), endsAt: at('10:30') },
      booked,
    );
    expect(conflict).toMatchObject({ participantId: 'p1', session: { id: 'panel-1' } });
  });

  it('lets a person speak in back-to-back sessions', () => {
    expect(
      findPersonConflict({ participantIds: ['p1'], startsAt: at('10:00'), endsAt: at('11:00') }, booked),
    ).toBeNull();
  });

  it('does not conflict when nobody is shared', () => {
    expect(
      findPersonConflict({ participantIds: ['p3'], startsAt: at('09:00'), endsAt: at('10:00') }, booked),
    ).toBeNull();
  });
});

describe('edition days', () => {
  it('spans from midnight of the first day to midnight after the last, in the edition zone', () => {
    expect(editionSpan(days)).toEqual({
      startsAt: new Date('2025-11-17T20:30:00Z'),
      endsAt: new Date('2025-11-21T20:30:00Z'),
    });
  });

  it('accepts a session ending at midnight after the last day and refuses one a minute earlier than the first', () => {
    expect(
      isWithinEdition(
        { startsAt: new Date('2025-11-21T22:00:00+03:30'), endsAt: new Date('2025-11-22T00:00:00+03:30') },
        days,
      ),
    ).toBe(true);
    expect(isWithinEdition({ startsAt: new Date('2025-11-17T23:59:00+03:30'), endsAt: at('09:00') }, days)).toBe(false);
    expect(
      isWithinEdition(
        { startsAt: new Date('2025-11-21T23:00:00+03:30'), endsAt: new Date('2025-11-22T00:01:00+03:30') },
        days,
      ),
    ).toBe(false);
  });
});

describe('seats', () => {
  it('takes the session capacity first, then the room capacity', () => {
    expect(seatCapacityOf({ capacity: 40 }, { capacity: 300 })).toBe(40);
    expect(seatCapacityOf({ capacity: null }, { capacity: 300 })).toBe(300);
    expect(seatCapacityOf({ capacity: null }, null)).toBeNull();
  });

  it('refuses the seat after the last one and never bounds an unlimited session', () => {
    expect(checkSeatAvailable(1, 2)).toEqual({ ok: true });
    expect(checkSeatAvailable(2, 2)).toEqual({ ok: false, code: 'session_full', capacity: 2 });
    expect(checkSeatAvailable(5000, null)).toEqual({ ok: true });
  });
});

describe('shifting a session to a later edition', () => {
  it('keeps the wall-clock time in the edition zone a year later', () => {
    expect(shiftByEditionDays(new Date('2025-11-18T09:00:00+03:30'), 364, 'Asia/Tehran', 'Asia/Tehran')).toEqual(
      new Date('2026-11-17T09:00:00+03:30'),
    );
  });

  it('keeps the wall-clock time when the new edition is in another zone', () => {
    expect(shiftByEditionDays(new Date('2025-11-18T09:00:00+03:30'), 7, 'Asia/Tehran', 'Asia/Baku')).toEqual(
      new Date('2025-11-25T09:00:00+04:00'),
    );
  });
});
