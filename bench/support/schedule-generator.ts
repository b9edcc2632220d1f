import type {
  Interpreter,
  MeetingRequest,
  Person,
  Priority,
  RequestSide,
  Room,
  SchedulingInstance,
  Slot,
} from '../../src/domain/meetings/scheduler/model.ts';
import { seededRandom } from '../../src/platform/random/seeded-random.ts';

/**
 * A summit to schedule, from a fixed seed: provinces of the five Caspian states with their languages,
 * delegations of 2–6 people (G2G) and business participants (B2B), panel sessions blocking speakers,
 * late arrivals, G2G rooms in the governors' hall and B2B tables in two expo halls 15 minutes' walk away,
 * and interpreters for the language pairs. Requests outnumber what fits, as at a real summit.
 */
export type SummitSize = { people: number; requests: number; slots: number };

const COUNTRIES = [
  { language: 'fa', provinces: ['Gilan', 'Mazandaran', 'Golestan'] },
  { language: 'ru', provinces: ['Astrakhan', 'Dagestan', 'Kalmykia'] },
  { language: 'az', provinces: ['Baku', 'Lankaran', 'Sumgait'] },
  { language: 'kk', provinces: ['Atyrau', 'Mangystau'] },
  { language: 'tk', provinces: ['Balkan', 'Turkmenbashi'] },
];
const PROVINCES = COUNTRIES.flatMap((country) =>
  country.provinces.map((name) => ({ name, language: country.language })),
);
/** Host first, then the protocol list: the G2G tie-break ranks a meeting by its higher-ranked side. */
const PROTOCOL_ORDER = ['Mazandaran', 'Astrakhan', 'Baku', 'Atyrau', 'Balkan', 'Gilan', 'Dagestan'];
const INTERPRETER_PAIRS: [string, string][] = [
  ['fa', 'ru'],
  ['fa', 'en'],
  ['ru', 'az'],
  ['ru', 'kk'],
  ['ru', 'tk'],
  ['ru', 'en'],
  ['fa', 'az'],
  ['fa', 'tk'],
  ['en', 'kk'],
];
const SLOTS_PER_DAY = 8;

function generateSlots(count: number): Slot[] {
  return Array.from({ length: count }, (_, at) => {
    const day = Math.floor(at / SLOTS_PER_DAY) + 1;
    const inDay = at % SLOTS_PER_DAY;
    // 30-minute meetings 10 minutes apart, with a lunch hour after the fourth.
    const startMinute = 9 * 60 + inDay * 40 + (inDay >= 4 ? 60 : 0);
    return { id: `slot-${String(at).padStart(2, '0')}`, day, startMinute, endMinute: startMinute + 30 };
  });
}

export function generateSummit(size: SummitSize, seed: number): SchedulingInstance {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const slots = generateSlots(size.slots);
  const slotIds = slots.map((slot) => slot.id);
  const days = [...new Set(slots.map((slot) => slot.day))];

  const delegates = Math.round(size.people * 0.3);
  const people: (Person & { province: (typeof PROVINCES)[number] })[] = Array.from({ length: size.people }, (_, at) => {
    const province = pick(PROVINCES);
    const languages = [province.language];
    if (province.language !== 'ru' && rng() < 0.55) languages.push('ru');
    if (rng() < (at < delegates ? 0.3 : 0.45)) languages.push('en');
    const arrivesLate = rng() < 0.15 ? SLOTS_PER_DAY / 2 : 0;
    const leavesEarly = rng() < 0.1 ? SLOTS_PER_DAY : 0;
    const available = slotIds.slice(arrivesLate, slotIds.length - leavesEarly);
    const speaker = rng() < 0.2;
    const blocked = speaker ? available.filter(() => rng() < 0.12) : [];
    return {
      id: `person-${at}`,
      province,
      languages,
      availableSlotIds: available.filter((slot) => !blocked.includes(slot)),
      blockedSlotIds: blocked,
      maxMeetingsPerDay: 4 + Math.floor(rng() * 4),
    };
  });

  const delegations: string[][] = [];
  for (let at = 0; at < delegates; ) {
    const members = Math.min(2 + Math.floor(rng() * 5), delegates - at);
    delegations.push(people.slice(at, at + members).map((person) => person.id));
    at += members;
  }
  const personOf = new Map(people.map((person) => [person.id, person]));
  const participants = people.slice(delegates);
  // Popular exhibitors draw more requests: squaring the draw skews it towards the front of the list.
  const popular = () => participants[Math.floor(rng() * rng() * participants.length)]!;

  const sideOf = (ids: string[]): RequestSide => ({
    personIds: ids,
    languages: [...new Set(ids.flatMap((id) => personOf.get(id)!.languages))].filter((language) =>
      ids.every((id) => personOf.get(id)!.languages.includes(language)),
    ),
  });
  const delegationSide = (members: string[]) => sideOf([members[0]!, ...members.slice(1).filter(() => rng() < 0.4)]);
  const rankOf = (ids: string[]) => {
    const ranks = ids.map((id) => PROTOCOL_ORDER.indexOf(personOf.get(id)!.province.name)).filter((rank) => rank >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : undefined;
  };
  const priority = (): Priority => (rng() < 0.1 ? 'must' : rng() < 0.35 ? 'want' : 'could');

  const requests: MeetingRequest[] = Array.from({ length: size.requests }, (_, at) => {
    const preferredDays = rng() < 0.1 ? [pick(days)] : undefined;
    if (delegations.length >= 2 && rng() < 0.15) {
      const first = pick(delegations);
      let second = pick(delegations);
      while (second === first) second = pick(delegations);
      const protocolRank = rankOf([first[0]!, second[0]!]);
      return {
        id: `request-${at}`,
        kind: 'g2g',
        priority: priority(),
        sides: [delegationSide(first), delegationSide(second)],
        ...(preferredDays ? { preferredDays } : {}),
        ...(protocolRank === undefined ? {} : { protocolRank }),
      };
    }
    const first = [pick(participants).id];
    if (rng() < 0.2) first.push(pick(participants).id);
    let second = popular().id;
    while (first.includes(second)) second = popular().id;
    return {
      id: `request-${at}`,
      kind: 'b2b',
      priority: priority(),
      sides: [sideOf([...new Set(first)]), sideOf([second])],
      ...(preferredDays ? { preferredDays } : {}),
    };
  });

  const g2gRooms = Math.max(2, Math.round(delegations.length / 3));
  const b2bTables = Math.max(4, Math.round(participants.length / 3));
  const rooms: Room[] = [
    ...Array.from({ length: g2gRooms }, (_, at) => ({
      id: `g2g-room-${at}`,
      kind: 'g2g' as const,
      capacity: at % 3 === 0 ? 12 : 8,
      placeId: 'governors-hall',
      availableSlotIds: slotIds,
    })),
    ...Array.from({ length: b2bTables }, (_, at) => ({
      id: `b2b-table-${at}`,
      kind: 'b2b' as const,
      capacity: at % 4 === 0 ? 4 : 3,
      placeId: at % 2 === 0 ? 'expo-hall-a' : 'expo-hall-b',
      availableSlotIds: slotIds,
    })),
  ];
  const interpreters: Interpreter[] = Array.from({ length: Math.max(3, Math.round(size.people / 25)) }, (_, at) => ({
    id: `interpreter-${at}`,
    languagePairs: [INTERPRETER_PAIRS[at % INTERPRETER_PAIRS.length]!, pick(INTERPRETER_PAIRS)],
    availableSlotIds: slotIds.filter(() => rng() < 0.85),
  }));

  return {
    slots,
    people: people.map(({ province: _province, ...person }) => person),
    places: [
      { id: 'governors-hall', name: 'Governors’ hall' },
      { id: 'expo-hall-a', name: 'Expo hall A' },
      { id: 'expo-hall-b', name: 'Expo hall B' },
    ],
    travelTimes: [
      { fromPlaceId: 'governors-hall', toPlaceId: 'expo-hall-a', minutes: 15 },
      { fromPlaceId: 'governors-hall', toPlaceId: 'expo-hall-b', minutes: 15 },
      { fromPlaceId: 'expo-hall-a', toPlaceId: 'expo-hall-b', minutes: 5 },
    ],
    rooms,
    interpreters,
    requests,
  };
}
