import { describe, expect, it } from 'vitest';
import { checkAssignment } from './feasibility-rules.ts';
import { indexInstance } from './instance-index.ts';
import type { SchedulingInstance } from './model.ts';
import { createState, placeLockedMeetings, placeMeeting } from './schedule-state.ts';

const slotIds = ['a1', 'a2', 'a3'];
const instance: SchedulingInstance = {
  slots: [
    { id: 'a1', day: 1, startMinute: 540, endMinute: 570 },
    { id: 'a2', day: 1, startMinute: 580, endMinute: 610 },
    { id: 'a3', day: 1, startMinute: 640, endMinute: 670 },
  ],
  people: [
    { id: 'gov', languages: ['fa'], availableSlotIds: ['a1', 'a2'], blockedSlotIds: ['a3'], maxMeetingsPerDay: 1 },
    { id: 'mayor', languages: ['ru'], availableSlotIds: slotIds, blockedSlotIds: [], maxMeetingsPerDay: 3 },
    { id: 'trader', languages: ['ru', 'en'], availableSlotIds: slotIds, blockedSlotIds: [], maxMeetingsPerDay: 3 },
    { id: 'buyer', languages: ['en'], availableSlotIds: slotIds, blockedSlotIds: [], maxMeetingsPerDay: 3 },
  ],
  places: [
    { id: 'hall', name: 'Hall' },
    { id: 'expo', name: 'Expo' },
  ],
  travelTimes: [{ fromPlaceId: 'hall', toPlaceId: 'expo', minutes: 20 }],
  rooms: [
    { id: 'g', kind: 'g2g', capacity: 4, placeId: 'hall', availableSlotIds: slotIds },
    { id: 'tiny', kind: 'g2g', capacity: 1, placeId: 'hall', availableSlotIds: slotIds },
    { id: 't', kind: 'b2b', capacity: 2, placeId: 'expo', availableSlotIds: ['a1', 'a2'] },
  ],
  interpreters: [{ id: 'i', languagePairs: [['fa', 'ru']], availableSlotIds: ['a1'] }],
  requests: [
    {
      id: 'gov-mayor',
      kind: 'g2g',
      priority: 'must',
      sides: [
        { personIds: ['gov'], languages: ['fa'] },
        { personIds: ['mayor'], languages: ['ru'] },
      ],
    },
    {
      id: 'mayor-trader',
      kind: 'g2g',
      priority: 'want',
      sides: [
        { personIds: ['mayor'], languages: ['ru'] },
        { personIds: ['trader'], languages: ['ru'] },
      ],
    },
    {
      id: 'trader-buyer',
      kind: 'b2b',
      priority: 'could',
      sides: [
        { personIds: ['trader'], languages: ['en'] },
        { personIds: ['buyer'], languages: ['en'] },
      ],
    },
    {
      id: 'gov-buyer',
      kind: 'b2b',
      priority: 'could',
      sides: [
        { personIds: ['gov'], languages: ['fa'] },
        { personIds: ['buyer'], languages: ['en'] },
      ],
      preferredDays: [2],
    },
    {
      id: 'locked',
      kind: 'g2g',
      priority: 'want',
      sides: [
        { personIds: ['trader'], languages: ['ru'] },
        { personIds: ['buyer'], languages: ['en'] },
      ],
      lock: { slotId: 'a3', roomId: 'g', interpreterId: null },
    },
  ],
};

const stateWith = (...meetings: [string, string, string, string | null][]) => {
  const index = indexInstance(instance);
  const state = createState(index);
  placeLockedMeetings(state);
  for (const [request, slot, room, interpreter] of meetings) {
    placeMeeting(
      state,
      index.requestPosition.get(request)!,
      index.slotPosition.get(slot)!,
      index.roomPosition.get(room)!,
      interpreter ? index.interpreterPosition.get(interpreter)! : -1,
    );
  }
  return state;
};

const codes = (check: ReturnType<typeof checkAssignment>) =>
  check.ok ? [] : check.reasons.map((reason) => reason.code);

describe('checkAssignment', () => {
  it('accepts a meeting that breaks no rule', () => {
    expect(
      checkAssignment(stateWith(), { requestId: 'gov-mayor', slotId: 'a1', roomId: 'g', interpreterId: 'i' }),
    ).toEqual({ ok: true });
  });

  it('names the person blocked by a session and the one not at the summit', () => {
    const check = checkAssignment(stateWith(), {
      requestId: 'gov-mayor',
      slotId: 'a3',
      roomId: 'g',
      interpreterId: 'i',
    });
    expect(check).toMatchObject({
      ok: false,
      reasons: expect.arrayContaining([{ code: 'person_blocked_by_session', personId: 'gov' }]),
    });
    expect(codes(check)).toContain('interpreter_unavailable');
  });

  it('reports a person busy with the conflicting request', () => {
    const state = stateWith(['mayor-trader', 'a1', 'g', null]);
    const check = checkAssignment(state, { requestId: 'gov-mayor', slotId: 'a1', roomId: 'tiny', interpreterId: 'i' });
    expect(check).toMatchObject({
      ok: false,
      reasons: expect.arrayContaining([{ code: 'person_busy', personId: 'mayor', requestId: 'mayor-trader' }]),
    });
    expect(codes(check)).toContain('room_too_small');
  });

  it('reports a taken room, a wrong kind and an unavailable table', () => {
    const state = stateWith(['mayor-trader', 'a2', 'g', null]);
    expect(
      codes(checkAssignment(state, { requestId: 'gov-mayor', slotId: 'a2', roomId: 'g', interpreterId: null })),
    ).toEqual(expect.arrayContaining(['room_taken', 'person_busy', 'interpreter_missing']));
    expect(
      codes(
        checkAssignment(stateWith(), { requestId: 'trader-buyer', slotId: 'a3', roomId: 't', interpreterId: null }),
      ),
    ).toContain('room_unavailable');
    expect(
      codes(
        checkAssignment(stateWith(), { requestId: 'trader-buyer', slotId: 'a1', roomId: 'g', interpreterId: null }),
      ),
    ).toEqual(['room_wrong_kind']);
  });

  it('reports an interpreter who does not cover the pair or is taken', () => {
    expect(
      codes(checkAssignment(stateWith(), { requestId: 'gov-buyer', slotId: 'a1', roomId: 't', interpreterId: 'i' })),
    ).toEqual(expect.arrayContaining(['interpreter_cannot_cover_pair', 'outside_preferred_days']));
  });

  it('reports the daily maximum', () => {
    const state = stateWith(['gov-mayor', 'a1', 'g', 'i']);
    expect(
      codes(checkAssignment(state, { requestId: 'gov-buyer', slotId: 'a2', roomId: 't', interpreterId: null })),
    ).toContain('daily_maximum_reached');
  });

  it('reports travel too short between the hall and the expo, with the minutes', () => {
    const state = stateWith(['mayor-trader', 'a1', 'g', null]);
    const check = checkAssignment(state, { requestId: 'trader-buyer', slotId: 'a2', roomId: 't', interpreterId: null });
    expect(check).toEqual({
      ok: false,
      reasons: [
        {
          code: 'travel_too_short',
          personId: 'trader',
          requestId: 'mayor-trader',
          minutesNeeded: 20,
          minutesAvailable: 10,
        },
      ],
    });
  });

  it('refuses to move a locked meeting', () => {
    expect(
      codes(checkAssignment(stateWith(), { requestId: 'locked', slotId: 'a1', roomId: 'g', interpreterId: null })),
    ).toEqual(['locked']);
  });
});
