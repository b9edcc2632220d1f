import { describe, expect, it } from 'vitest';
import { buildSchedulingInstance, protocolRankOf, type SchedulingFacts } from './instance-rules.ts';
import type { MeetingRequest, MeetingSlot } from './model.ts';
import { scheduleMeetings } from './scheduler/schedule.ts';

const at = (day: string, time: string) => new Date(`${day}T${time}:00+03:30`);
const slot = (id: string, day: string, time: string, minutes = 60): MeetingSlot => {
  const startsAt = at(day, time);
  return { id, editionId: 'e', day, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
};

const request = (id: string, overrides: Partial<MeetingRequest> = {}): MeetingRequest => ({
  id,
  editionId: 'e',
  kind: 'g2g',
  priority: 'must',
  topic: 'Shipping',
  preferredDays: [],
  requester: { delegationId: 'gilan-delegation', participantIds: ['reza'], languages: ['fa'] },
  receiver: { delegationId: 'astrakhan-delegation', participantIds: ['andrei'], languages: ['ru'] },
  source: null,
  status: 'accepted',
  awaiting: null,
  reason: null,
  counterDays: null,
  counterTopic: null,
  createdBy: 'u',
  createdAt: at('2025-11-01', '09:00'),
  answeredBy: null,
  answeredAt: null,
  isDemo: false,
  updatedAt: at('2025-11-01', '09:00'),
  ...overrides,
});

const facts: SchedulingFacts = {
  edition: { startsOn: '2025-11-18', endsOn: '2025-11-19', timeZone: 'Asia/Tehran', hostProvinceId: 'gilan' },
  settings: { maxMeetingsPerDay: 3, travelMinutes: 15, protocolOrder: ['mazandaran', 'astrakhan'] },
  slots: [
    slot('d1-09', '2025-11-18', '09:00'),
    slot('d1-10', '2025-11-18', '10:00'),
    slot('d2-09', '2025-11-19', '09:00'),
  ],
  people: [
    { id: 'reza', languages: ['fa', 'en'] },
    { id: 'andrei', languages: ['ru', 'en'] },
  ],
  busy: [
    {
      participantId: 'reza',
      sessionId: 'panel',
      startsAt: at('2025-11-18', '08:00'),
      endsAt: at('2025-11-18', '09:30'),
    },
    {
      participantId: 'andrei',
      sessionId: 'lunch',
      startsAt: at('2025-11-18', '11:00'),
      endsAt: at('2025-11-18', '12:00'),
    },
  ],
  rooms: [
    { id: 'protocol', editionId: 'e', kind: 'g2g', name: {}, capacity: 6, place: 'hall', sortOrder: 0 },
    { id: 'table', editionId: 'e', kind: 'b2b', name: {}, capacity: 2, place: 'expo', sortOrder: 1 },
  ],
  interpreters: [
    { id: 'olga', editionId: 'e', name: 'Olga', languagePairs: [['fa', 'ru']], availableDays: ['2025-11-18'] },
  ],
  requests: [request('g2g')],
  provinceOfDelegation: new Map([
    ['gilan-delegation', 'gilan'],
    ['astrakhan-delegation', 'astrakhan'],
  ]),
  fixed: new Map(),
  availability: new Map(),
};

describe('buildSchedulingInstance', () => {
  it('numbers the edition’s days from 0 and counts minutes from midnight in the edition’s zone', () => {
    expect(buildSchedulingInstance(facts).slots).toEqual([
      { id: 'd1-09', day: 0, startMinute: 540, endMinute: 600 },
      { id: 'd1-10', day: 0, startMinute: 600, endMinute: 660 },
      { id: 'd2-09', day: 1, startMinute: 540, endMinute: 600 },
    ]);
  });

  it('blocks the slots a person’s sessions overlap, and none a session only touches', () => {
    const people = buildSchedulingInstance(facts).people;
    expect(people.find((person) => person.id === 'reza')).toMatchObject({
      availableSlotIds: ['d1-10', 'd2-09'],
      blockedSlotIds: ['d1-09'],
      maxMeetingsPerDay: 3,
    });
    expect(people.find((person) => person.id === 'andrei')!.blockedSlotIds).toEqual([]);
  });

  it('keeps a person who arrives on the second day out of the first day’s slots, sessions still blocking', () => {
    const lateArrival = new Map([['reza', [{ day: '2025-11-19', startMinute: 9 * 60, endMinute: 12 * 60 }]]]);
    const people = buildSchedulingInstance({ ...facts, availability: lateArrival }).people;
    expect(people.find((person) => person.id === 'reza')!.availableSlotIds).toEqual(['d2-09']);
    expect(people.find((person) => person.id === 'andrei')!.availableSlotIds).toEqual(['d1-09', 'd1-10', 'd2-09']);
  });

  it('gives interpreters only the days they work, and travel time only between different places', () => {
    const instance = buildSchedulingInstance(facts);
    expect(instance.interpreters[0]!.availableSlotIds).toEqual(['d1-09', 'd1-10']);
    expect(instance.travelTimes).toEqual([{ fromPlaceId: 'hall', toPlaceId: 'expo', minutes: 15 }]);
  });

  it('turns preferred days into day numbers and a fixed meeting into a lock', () => {
    const instance = buildSchedulingInstance({
      ...facts,
      requests: [request('g2g', { preferredDays: ['2025-11-19'] })],
      fixed: new Map([['g2g', { slotId: 'd2-09', roomId: 'protocol', interpreterId: null }]]),
    });
    expect(instance.requests[0]).toMatchObject({
      preferredDays: [1],
      lock: { slotId: 'd2-09', roomId: 'protocol', interpreterId: null },
    });
  });

  it('ranks a G2G meeting by its higher-ranked side and leaves B2B unranked', () => {
    const b2b = request('b2b', {
      kind: 'b2b',
      requester: { delegationId: null, participantIds: ['reza'], languages: ['en'] },
      receiver: { delegationId: null, participantIds: ['andrei'], languages: ['en'] },
    });
    const [g2g, business] = buildSchedulingInstance({ ...facts, requests: [request('g2g'), b2b] }).requests;
    expect(g2g!.protocolRank).toBe(0);
    expect(business!.protocolRank).toBeUndefined();
  });

  it('lets the scheduler place the meeting after the panel, with the fa↔ru interpreter', () => {
    const result = scheduleMeetings(buildSchedulingInstance(facts), { rng: () => 0.5, clock: () => 0, iterations: 50 });
    expect(result.assignments).toEqual([
      { requestId: 'g2g', slotId: 'd1-10', roomId: 'protocol', interpreterId: 'olga' },
    ]);
  });
});

describe('protocolRankOf', () => {
  it('puts the host first, then the configured order, then every province left off it', () => {
    const order = ['mazandaran', 'astrakhan'];
    expect(protocolRankOf('gilan', order, ['astrakhan', 'gilan'])).toBe(0);
    expect(protocolRankOf('gilan', order, ['astrakhan', 'mangystau'])).toBe(2);
    expect(protocolRankOf('gilan', order, ['mangystau', 'balkan'])).toBe(3);
    expect(protocolRankOf('gilan', ['gilan', 'mazandaran'], ['mazandaran'])).toBe(1);
  });
});
