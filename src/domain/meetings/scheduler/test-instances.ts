import { seededRandom } from '../../../platform/random/seeded-random.ts';
import type { Assignment, MeetingRequest, SchedulingInstance } from './model.ts';

export const fixedClock = () => 0;

/** A small summit with every kind of constraint: sessions, late arrivals, two places, interpreters, ranks. */
export function smallInstance(seed: number, size = { people: 10, requests: 24, slots: 6 }): SchedulingInstance {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const slots = Array.from({ length: size.slots }, (_, at) => {
    const inDay = at % 3;
    return { id: `s${at}`, day: 1 + Math.floor(at / 3), startMinute: 540 + inDay * 40, endMinute: 570 + inDay * 40 };
  });
  const slotIds = slots.map((slot) => slot.id);
  const people = Array.from({ length: size.people }, (_, at) => {
    const available = slotIds.filter(() => rng() < 0.85);
    const blocked = available.filter(() => rng() < 0.1);
    return {
      id: `p${at}`,
      languages: [pick(['fa', 'ru', 'az']), ...(rng() < 0.3 ? ['en'] : [])],
      availableSlotIds: available.filter((slot) => !blocked.includes(slot)),
      blockedSlotIds: blocked,
      maxMeetingsPerDay: 1 + Math.floor(rng() * 3),
    };
  });
  const languagesOf = (id: string) => people.find((person) => person.id === id)!.languages;
  const requests: MeetingRequest[] = Array.from({ length: size.requests }, (_, at) => {
    const first = pick(people).id;
    let second = pick(people).id;
    while (second === first) second = pick(people).id;
    const g2g = rng() < 0.3;
    const extra = g2g
      ? people
          .map((person) => person.id)
          .filter((id) => id !== first && id !== second && rng() < 0.15)
          .slice(0, 2)
      : [];
    return {
      id: `r${at}`,
      kind: g2g ? 'g2g' : 'b2b',
      priority: pick(['must', 'want', 'could', 'could'] as const),
      sides: [
        { personIds: [first, ...extra], languages: languagesOf(first) },
        { personIds: [second], languages: languagesOf(second) },
      ],
      ...(rng() < 0.15 ? { preferredDays: [1 + Math.floor(rng() * Math.ceil(size.slots / 3))] } : {}),
      ...(g2g && rng() < 0.5 ? { protocolRank: Math.floor(rng() * 3) } : {}),
    };
  });
  return {
    slots,
    people,
    places: [
      { id: 'hall', name: 'Hall' },
      { id: 'expo', name: 'Expo' },
    ],
    travelTimes: [{ fromPlaceId: 'hall', toPlaceId: 'expo', minutes: 15 }],
    rooms: [
      { id: 'g1', kind: 'g2g', capacity: 4, placeId: 'hall', availableSlotIds: slotIds },
      { id: 'g2', kind: 'g2g', capacity: 2, placeId: 'expo', availableSlotIds: slotIds.slice(1) },
      { id: 't1', kind: 'b2b', capacity: 2, placeId: 'expo', availableSlotIds: slotIds },
      { id: 't2', kind: 'b2b', capacity: 2, placeId: 'hall', availableSlotIds: slotIds },
    ],
    interpreters: [
      { id: 'i1', languagePairs: [['fa', 'ru']], availableSlotIds: slotIds },
      {
        id: 'i2',
        languagePairs: [
          ['ru', 'az'],
          ['fa', 'az'],
        ],
        availableSlotIds: slotIds.filter(() => rng() < 0.7),
      },
    ],
    requests,
  };
}

/**
 * Every constraint checked from the instance alone, without the engine's index or rules, so a bug in
 * feasibility-rules.ts cannot hide itself. Returns one line per violation.
 */
export function findViolations(instance: SchedulingInstance, assignments: readonly Assignment[]): string[] {
  const violations: string[] = [];
  const slot = new Map(instance.slots.map((s) => [s.id, s]));
  const room = new Map(instance.rooms.map((r) => [r.id, r]));
  const person = new Map(instance.people.map((p) => [p.id, p]));
  const request = new Map(instance.requests.map((r) => [r.id, r]));
  const travel = (a: string, b: string) =>
    a === b
      ? 0
      : (instance.travelTimes.find(
          (t) => (t.fromPlaceId === a && t.toPlaceId === b) || (t.fromPlaceId === b && t.toPlaceId === a),
        )?.minutes ?? 0);
  const seen = new Set<string>();
  const uses = new Map<string, Assignment>();
  const meetingsOf = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const r = request.get(a.requestId)!;
    const s = slot.get(a.slotId)!;
    const rm = room.get(a.roomId)!;
    if (seen.has(a.requestId)) violations.push(`${a.requestId} twice`);
    seen.add(a.requestId);
    const ids = [...new Set(r.sides.flatMap((side) => side.personIds))];
    if (r.preferredDays?.length && !r.preferredDays.includes(s.day)) violations.push(`${a.requestId} on day ${s.day}`);
    if (rm.kind !== r.kind || rm.capacity < ids.length || !rm.availableSlotIds.includes(a.slotId))
      violations.push(`${a.requestId} room ${a.roomId}`);
    const claim = (key: string) => {
      if (uses.has(key)) violations.push(`${a.requestId} and ${uses.get(key)!.requestId} share ${key}`);
      uses.set(key, a);
    };
    claim(`room ${a.roomId} ${a.slotId}`);
    const shared = r.sides[0].languages.some((l) => r.sides[1].languages.includes(l));
    if (!shared) {
      const interpreter = instance.interpreters.find((i) => i.id === a.interpreterId);
      const covers = interpreter?.languagePairs.some(
        ([x, y]) =>
          (r.sides[0].languages.includes(x) && r.sides[1].languages.includes(y)) ||
          (r.sides[0].languages.includes(y) && r.sides[1].languages.includes(x)),
      );
      if (!interpreter || !covers || !interpreter.availableSlotIds.includes(a.slotId))
        violations.push(`${a.requestId} interpreter`);
      else claim(`interpreter ${a.interpreterId} ${a.slotId}`);
    }
    for (const id of ids) {
      const p = person.get(id)!;
      if (!p.availableSlotIds.includes(a.slotId) || p.blockedSlotIds.includes(a.slotId))
        violations.push(`${id} absent for ${a.requestId}`);
      claim(`person ${id} ${a.slotId}`);
      meetingsOf.set(id, [...(meetingsOf.get(id) ?? []), a]);
    }
  }
  for (const [id, list] of meetingsOf) {
    const p = person.get(id)!;
    for (const day of new Set(list.map((a) => slot.get(a.slotId)!.day))) {
      if (list.filter((a) => slot.get(a.slotId)!.day === day).length > p.maxMeetingsPerDay)
        violations.push(`${id} over maximum on ${day}`);
    }
    for (const a of list)
      for (const b of list) {
        const sa = slot.get(a.slotId)!;
        const sb = slot.get(b.slotId)!;
        if (sa.day !== sb.day || sa.startMinute >= sb.startMinute) continue;
        if (sb.startMinute - sa.endMinute < travel(room.get(a.roomId)!.placeId, room.get(b.roomId)!.placeId))
          violations.push(`${id} cannot walk ${a.requestId}→${b.requestId}`);
      }
  }
  return violations;
}
