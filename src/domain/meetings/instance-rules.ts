import { formatInTimeZone } from 'date-fns-tz';
import type { Locale } from '../../platform/i18n/locales.ts';
import { slotsWithinWindows } from './availability-rules.ts';
import type {
  AvailabilityWindow,
  MeetingInterpreter,
  MeetingRequest,
  MeetingRoom,
  MeetingSettings,
  MeetingSlot,
  Placement,
} from './model.ts';
import type { MeetingRequest as EngineRequest, SchedulingInstance, Slot, TravelTime } from './scheduler/model.ts';
import { editionDays } from './slot-rules.ts';

/** A stretch of time a person is taken by the programme: a session they speak at, moderate or hold a seat in. */
export type BusyTime = { participantId: string; sessionId: string; startsAt: Date; endsAt: Date };

/** Everything the database holds that the scheduler needs, read by load-instance.ts. */
export type SchedulingFacts = {
  edition: { startsOn: string; endsOn: string; timeZone: string; hostProvinceId: string };
  settings: Pick<MeetingSettings, 'maxMeetingsPerDay' | 'travelMinutes' | 'protocolOrder'>;
  slots: readonly MeetingSlot[];
  /** Everyone named in the requests. */
  people: readonly { id: string; languages: readonly Locale[] }[];
  /** The windows of those who gave them; everyone else can meet at every meeting hour. */
  availability: ReadonlyMap<string, readonly AvailabilityWindow[]>;
  busy: readonly BusyTime[];
  rooms: readonly MeetingRoom[];
  interpreters: readonly MeetingInterpreter[];
  requests: readonly MeetingRequest[];
  provinceOfDelegation: ReadonlyMap<string, string>;
  /** Meetings that stay where they are whatever the scheduler does (locked or published), by request. */
  fixed: ReadonlyMap<string, Placement>;
};

const minuteOfDay = (instant: Date, timeZone: string) => {
  const [hours, minutes] = formatInTimeZone(instant, timeZone, 'HH:mm').split(':').map(Number);
  return hours! * 60 + minutes!;
};

/** Days are numbered from the edition's first (0), minutes from midnight in the edition's zone. */
function toEngineSlot(slot: MeetingSlot, days: readonly string[], timeZone: string): Slot {
  const startMinute = minuteOfDay(slot.startsAt, timeZone);
  const minutes = Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000);
  return { id: slot.id, day: days.indexOf(slot.day), startMinute, endMinute: startMinute + minutes };
}

const overlaps = (slot: MeetingSlot, busy: BusyTime) => slot.startsAt < busy.endsAt && busy.startsAt < slot.endsAt;

/** The slots each person loses to the programme, by person. */
function blockedSlotsByPerson(slots: readonly MeetingSlot[], busy: readonly BusyTime[]): Map<string, string[]> {
  const blocked = new Map<string, Set<string>>();
  for (const entry of busy) {
    for (const slot of slots) {
      if (!overlaps(slot, entry)) continue;
      const own = blocked.get(entry.participantId) ?? new Set<string>();
      own.add(slot.id);
      blocked.set(entry.participantId, own);
    }
  }
  return new Map([...blocked].map(([person, ids]) => [person, [...ids]]));
}

/**
 * A G2G meeting's protocol rank: the host province's governor is 0, then the configured order; a
 * meeting takes the rank of its higher-ranked side, and provinces left off the list come after it.
 */
export function protocolRankOf(hostProvinceId: string, order: readonly string[], provinces: readonly string[]): number {
  const ranked = [hostProvinceId, ...order.filter((province) => province !== hostProvinceId)];
  const rankOf = (province: string) => (ranked.includes(province) ? ranked.indexOf(province) : ranked.length);
  return Math.min(...provinces.map(rankOf));
}

function engineRequestOf(facts: SchedulingFacts, request: MeetingRequest, days: readonly string[]): EngineRequest {
  const provinces = [request.requester.delegationId, request.receiver.delegationId].flatMap((id) => {
    const province = id ? facts.provinceOfDelegation.get(id) : undefined;
    return province ? [province] : [];
  });
  const lock = facts.fixed.get(request.id);
  return {
    id: request.id,
    kind: request.kind,
    priority: request.priority,
    sides: [
      { personIds: request.requester.participantIds, languages: request.requester.languages },
      { personIds: request.receiver.participantIds, languages: request.receiver.languages },
    ],
    preferredDays: request.preferredDays.map((day) => days.indexOf(day)).filter((day) => day >= 0),
    ...(request.kind === 'g2g' &&
      provinces.length > 0 && {
        protocolRank: protocolRankOf(facts.edition.hostProvinceId, facts.settings.protocolOrder, provinces),
      }),
    ...(lock && { lock }),
  };
}

function travelTimesOf(rooms: readonly MeetingRoom[], minutes: number): TravelTime[] {
  const places = [...new Set(rooms.map((room) => room.place))];
  if (minutes <= 0) return [];
  return places.flatMap((from, at) =>
    places.slice(at + 1).map((to) => ({ fromPlaceId: from, toPlaceId: to, minutes })),
  );
}

/**
 * The scheduler's instance: every person can meet within their availability windows (the whole
 * summit when they gave none) except where the programme takes them, rooms are free in every slot,
 * interpreters on the days they work.
 */
export function buildSchedulingInstance(facts: SchedulingFacts): SchedulingInstance {
  const days = editionDays(facts.edition.startsOn, facts.edition.endsOn);
  const slots = facts.slots.filter((slot) => days.includes(slot.day));
  const slotIds = slots.map((slot) => slot.id);
  const engineSlots = slots.map((slot) => toEngineSlot(slot, days, facts.edition.timeZone));
  const blocked = blockedSlotsByPerson(slots, facts.busy);
  return {
    slots: engineSlots,
    people: facts.people.map((person) => {
      const taken = blocked.get(person.id) ?? [];
      const windows = facts.availability.get(person.id) ?? null;
      const present = slotsWithinWindows(engineSlots, windows, days).map((slot) => slot.id);
      return {
        id: person.id,
        languages: [...person.languages],
        availableSlotIds: present.filter((id) => !taken.includes(id)),
        blockedSlotIds: taken,
        maxMeetingsPerDay: facts.settings.maxMeetingsPerDay,
      };
    }),
    places: [...new Set(facts.rooms.map((room) => room.place))].map((place) => ({ id: place, name: place })),
    travelTimes: travelTimesOf(facts.rooms, facts.settings.travelMinutes),
    rooms: facts.rooms.map((room) => ({
      id: room.id,
      kind: room.kind,
      capacity: room.capacity,
      placeId: room.place,
      availableSlotIds: slotIds,
    })),
    interpreters: facts.interpreters.map((interpreter) => ({
      id: interpreter.id,
      languagePairs: interpreter.languagePairs.map(([a, b]): [string, string] => [a, b]),
      availableSlotIds: slots
        .filter((slot) => interpreter.availableDays.length === 0 || interpreter.availableDays.includes(slot.day))
        .map((slot) => slot.id),
    })),
    requests: facts.requests.map((request) => engineRequestOf(facts, request, days)),
  };
}
