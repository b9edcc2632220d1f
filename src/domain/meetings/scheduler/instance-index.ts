import type { MeetingKind, MeetingLock, SchedulingInstance } from './model.ts';
import { protocolBonus, requestWeight } from './weights.ts';

/** What the engine needs about one request, in indices. */
export type RequestFacts = {
  id: string;
  kind: MeetingKind;
  weight: number;
  persons: Int32Array;
  size: number;
  /** Slots where every person is present, no session blocks anyone and the day is allowed. */
  allowedSlots: Int32Array;
  /** Rooms of the right kind and large enough, smallest first so small meetings leave big rooms free. */
  candidateRooms: Int32Array;
  needsInterpreter: boolean;
  /** Interpreters covering a language pair of the two sides (empty when none is needed). */
  interpreters: Int32Array;
  protocolRank: number | null;
  lock: MeetingLock | null;
};

export const PERSON_FREE = 0;
export const PERSON_UNAVAILABLE = 1;
export const PERSON_IN_SESSION = 2;

/** Lookups built once per instance. Slot index i is the i-th slot in time order. */
export type InstanceIndex = {
  instance: SchedulingInstance;
  slotIds: string[];
  slotDay: Int32Array;
  slotStart: Int32Array;
  slotEnd: Int32Array;
  slotsOfDay: number[][];
  slotCount: number;
  dayCount: number;
  personIds: string[];
  personMaxPerDay: Int32Array;
  /** personCount × slotCount: PERSON_FREE, PERSON_UNAVAILABLE or PERSON_IN_SESSION. */
  personSlot: Uint8Array;
  roomIds: string[];
  roomPlace: Int32Array;
  roomAvailable: Uint8Array;
  interpreterIds: string[];
  interpreterAvailable: Uint8Array;
  placeCount: number;
  travelMinutes: Int32Array;
  requests: RequestFacts[];
  requestsOfPerson: Int32Array[];
  slotPosition: Map<string, number>;
  personPosition: Map<string, number>;
  roomPosition: Map<string, number>;
  interpreterPosition: Map<string, number>;
  requestPosition: Map<string, number>;
  rankedRequests: number;
};

const positions = (ids: readonly string[]) => new Map(ids.map((id, at) => [id, at]));

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function indexInstance(instance: SchedulingInstance): InstanceIndex {
  const slots = [...instance.slots].sort((a, b) => a.day - b.day || a.startMinute - b.startMinute);
  const days = [...new Set(slots.map((slot) => slot.day))];
  const slotPosition = positions(slots.map((slot) => slot.id));
  const slotCount = slots.length;
  const slotDay = Int32Array.from(slots, (slot) => days.indexOf(slot.day));
  const slotsOfDay = days.map(() => [] as number[]);
  slotDay.forEach((day, slot) => {
    slotsOfDay[day]!.push(slot);
  });

  const personPosition = positions(instance.people.map((person) => person.id));
  const personSlot = new Uint8Array(instance.people.length * slotCount).fill(PERSON_UNAVAILABLE);
  instance.people.forEach((person, p) => {
    for (const id of person.availableSlotIds) personSlot[p * slotCount + slotPosition.get(id)!] = PERSON_FREE;
    for (const id of person.blockedSlotIds) personSlot[p * slotCount + slotPosition.get(id)!] = PERSON_IN_SESSION;
  });

  const placePosition = positions(instance.places.map((place) => place.id));
  const placeCount = instance.places.length;
  const travelMinutes = new Int32Array(placeCount * placeCount);
  for (const travel of instance.travelTimes) {
    const from = placePosition.get(travel.fromPlaceId)!;
    const to = placePosition.get(travel.toPlaceId)!;
    travelMinutes[from * placeCount + to] = travel.minutes;
    travelMinutes[to * placeCount + from] = travel.minutes;
  }

  const availability = (items: { availableSlotIds: string[] }[]) => {
    const table = new Uint8Array(items.length * slotCount);
    items.forEach((item, at) => {
      for (const id of item.availableSlotIds) table[at * slotCount + slotPosition.get(id)!] = 1;
    });
    return table;
  };

  const interpreterPairs = instance.interpreters.map(
    (interpreter) => new Set(interpreter.languagePairs.map(([a, b]) => pairKey(a, b))),
  );
  const rankedRequests = instance.requests.filter((request) => request.protocolRank !== undefined).length;

  const requests = instance.requests.map((request): RequestFacts => {
    const persons = Int32Array.from(
      new Set(request.sides.flatMap((side) => side.personIds.map((id) => personPosition.get(id)!))),
    );
    const days = request.preferredDays?.length ? new Set(request.preferredDays) : null;
    const allowedSlots = Int32Array.from(
      slots
        .map((slot, at) => ({ slot, at }))
        .filter(
          ({ slot, at }) =>
            (!days || days.has(slot.day)) && persons.every((p) => personSlot[p * slotCount + at] === PERSON_FREE),
        )
        .map(({ at }) => at),
    );
    const candidateRooms = Int32Array.from(
      instance.rooms
        .map((room, at) => ({ room, at }))
        .filter(({ room }) => room.kind === request.kind && room.capacity >= persons.length)
        .sort((a, b) => a.room.capacity - b.room.capacity || a.at - b.at)
        .map(({ at }) => at),
    );
    const [first, second] = request.sides;
    const needsInterpreter = !first.languages.some((language) => second.languages.includes(language));
    const wanted = new Set(first.languages.flatMap((a) => second.languages.map((b) => pairKey(a, b))));
    const interpreters = needsInterpreter
      ? Int32Array.from(
          interpreterPairs.flatMap((pairs, at) => ([...wanted].some((pair) => pairs.has(pair)) ? [at] : [])),
        )
      : new Int32Array(0);
    return {
      id: request.id,
      kind: request.kind,
      weight: requestWeight(request.kind, request.priority),
      persons,
      size: persons.length,
      allowedSlots,
      candidateRooms,
      needsInterpreter,
      interpreters,
      protocolRank: request.protocolRank ?? null,
      lock: request.lock ?? null,
    };
  });

  const requestsOfPerson = instance.people.map(() => [] as number[]);
  requests.forEach((facts, r) => {
    for (const p of facts.persons) requestsOfPerson[p]!.push(r);
  });

  return {
    instance,
    slotIds: slots.map((slot) => slot.id),
    slotDay,
    slotStart: Int32Array.from(slots, (slot) => slot.startMinute),
    slotEnd: Int32Array.from(slots, (slot) => slot.endMinute),
    slotsOfDay,
    slotCount,
    dayCount: days.length,
    personIds: instance.people.map((person) => person.id),
    personMaxPerDay: Int32Array.from(instance.people, (person) => person.maxMeetingsPerDay),
    personSlot,
    roomIds: instance.rooms.map((room) => room.id),
    roomPlace: Int32Array.from(instance.rooms, (room) => placePosition.get(room.placeId)!),
    roomAvailable: availability(instance.rooms),
    interpreterIds: instance.interpreters.map((interpreter) => interpreter.id),
    interpreterAvailable: availability(instance.interpreters),
    placeCount,
    travelMinutes,
    requests,
    requestsOfPerson: requestsOfPerson.map((list) => Int32Array.from(list)),
    slotPosition,
    personPosition,
    roomPosition: positions(instance.rooms.map((room) => room.id)),
    interpreterPosition: positions(instance.interpreters.map((interpreter) => interpreter.id)),
    requestPosition: positions(instance.requests.map((request) => request.id)),
    rankedRequests,
  };
}

/** A request's value in a slot: its weight plus the protocol tie-break for ranked G2G meetings. */
export function valueAt(index: InstanceIndex, request: number, slot: number): number {
  const facts = index.requests[request]!;
  if (facts.protocolRank === null) return facts.weight;
  return facts.weight + protocolBonus(facts.protocolRank, slot, index.slotCount, index.rankedRequests);
}
