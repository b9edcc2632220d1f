import { type InstanceIndex, valueAt } from './instance-index.ts';
import type { Assignment } from './model.ts';

/**
 * The schedule as a mixed-integer program, solved exactly by exact-solver.ts (and as an LP for a bound).
 *
 * x[r,s,q]: request r meets in slot s in some room at place q; y[r,s,i]: interpreter i covers it.
 * Rooms enter as counts per (slot, kind, place): within one place the rooms a meeting can use are
 * nested by capacity (all rooms with capacity ≥ its size), so by Hall's theorem the meetings fit in
 * distinct rooms iff, for every size v, the meetings of size ≥ v are at most the rooms of capacity ≥ v.
 * That keeps the program exact without a variable per room. Locked meetings are fixed, and their
 * rooms and interpreters are taken out of the counts.
 */
export type ProgramColumn = { request: number; slot: number; place: number; interpreter: number };
export type ProgramRow = { upper: number; lower: number; columns: number[]; coefficients: number[] };
export type ScheduleProgram = {
  columns: ProgramColumn[];
  cost: number[];
  lower: number[];
  rows: ProgramRow[];
};

const NO_INTERPRETER = -1;

type Builder = ScheduleProgram & { groups: Map<string, number[]> };

const addTo = (groups: Map<string, number[]>, key: string, column: number) => {
  const group = groups.get(key);
  if (group) group.push(column);
  else groups.set(key, [column]);
};

const lessThan = (columns: number[], upper: number): ProgramRow => ({
  upper,
  lower: -Infinity,
  columns,
  coefficients: columns.map(() => 1),
});

function lockedResources(index: InstanceIndex) {
  const rooms = new Set<string>();
  const interpreters = new Set<string>();
  for (const facts of index.requests) {
    if (!facts.lock) continue;
    const slot = index.slotPosition.get(facts.lock.slotId)!;
    rooms.add(`${index.roomPosition.get(facts.lock.roomId)!}@${slot}`);
    if (facts.lock.interpreterId)
      interpreters.add(`${index.interpreterPosition.get(facts.lock.interpreterId)!}@${slot}`);
  }
  return { rooms, interpreters };
}

function addColumns(index: InstanceIndex, builder: Builder, locked: ReturnType<typeof lockedResources>) {
  const isRoomOpen = (room: number, slot: number) =>
    index.roomAvailable[room * index.slotCount + slot] === 1 && !locked.rooms.has(`${room}@${slot}`);
  const isInterpreterOpen = (i: number, slot: number) =>
    index.interpreterAvailable[i * index.slotCount + slot] === 1 && !locked.interpreters.has(`${i}@${slot}`);
  const add = (column: ProgramColumn, cost: number, lower: number) => {
    builder.columns.push(column);
    builder.cost.push(cost);
    builder.lower.push(lower);
    return builder.columns.length - 1;
  };
  index.requests.forEach((facts, request) => {
    if (facts.lock) {
      const slot = index.slotPosition.get(facts.lock.slotId)!;
      const place = index.roomPlace[index.roomPosition.get(facts.lock.roomId)!]!;
      const column = add({ request, slot, place, interpreter: NO_INTERPRETER }, valueAt(index, request, slot), 1);
      addTo(builder.groups, `request:${request}`, column);
      return;
    }
    for (const slot of facts.allowedSlots) {
      const interpreters = [...facts.interpreters].filter((i) => isInterpreterOpen(i, slot));
      if (facts.needsInterpreter && interpreters.length === 0) continue;
      const places = new Set(
        [...facts.candidateRooms].filter((room) => isRoomOpen(room, slot)).map((room) => index.roomPlace[room]!),
      );
      for (const place of places) {
        const column = add({ request, slot, place, interpreter: NO_INTERPRETER }, valueAt(index, request, slot), 0);
        addTo(builder.groups, `request:${request}`, column);
        addTo(builder.groups, `rooms:${slot}:${facts.kind}:${place}`, column);
        if (facts.needsInterpreter) addTo(builder.groups, `link:${request}:${slot}`, column);
      }
      for (const interpreter of places.size > 0 ? interpreters : []) {
        const column = add({ request, slot, place: -1, interpreter }, 0, 0);
        addTo(builder.groups, `link:${request}:${slot}`, column);
        addTo(builder.groups, `interpreter:${interpreter}:${slot}`, column);
      }
    }
  });
}

function addRoomRows(index: InstanceIndex, builder: Builder, key: string, columns: number[], locked: Set<string>) {
  const [, slotText, kind, placeText] = key.split(':');
  const slot = Number(slotText);
  const place = Number(placeText);
  const capacities = index.instance.rooms
    .map((room, at) => ({ room, at }))
    .filter(({ room, at }) => room.kind === kind && index.roomPlace[at] === place)
    .filter(({ at }) => index.roomAvailable[at * index.slotCount + slot] === 1 && !locked.has(`${at}@${slot}`))
    .map(({ room }) => room.capacity);
  const sizeOf = (column: number) => index.requests[builder.columns[column]!.request]!.size;
  for (const size of new Set(columns.map(sizeOf))) {
    const rooms = capacities.filter((capacity) => capacity >= size).length;
    const needing = columns.filter((column) => sizeOf(column) >= size);
    if (needing.length > rooms) builder.rows.push(lessThan(needing, rooms));
  }
}

function addPersonRows(index: InstanceIndex, builder: Builder) {
  const atPersonSlot = new Map<number, number[]>();
  builder.columns.forEach((column, at) => {
    if (column.interpreter !== NO_INTERPRETER) return;
    for (const p of index.requests[column.request]!.persons) {
      const key = p * index.slotCount + column.slot;
      const list = atPersonSlot.get(key);
      if (list) list.push(at);
      else atPersonSlot.set(key, [at]);
    }
  });
  const byPersonDay = new Map<number, number[]>();
  for (const [key, columns] of atPersonSlot) {
    if (columns.length > 1) builder.rows.push(lessThan(columns, 1));
    const person = Math.floor(key / index.slotCount);
    const dayKey = person * index.dayCount + index.slotDay[key % index.slotCount]!;
    byPersonDay.set(dayKey, [...(byPersonDay.get(dayKey) ?? []), ...columns]);
  }
  for (const [key, columns] of byPersonDay) {
    const maximum = index.personMaxPerDay[Math.floor(key / index.dayCount)]!;
    if (columns.length > maximum) builder.rows.push(lessThan(columns, maximum));
  }
  addTravelRows(index, builder, atPersonSlot);
}

/** A person in place a in slot s1 and place b in s2 of the same day, with too little time between. */
function addTravelRows(index: InstanceIndex, builder: Builder, atPersonSlot: Map<number, number[]>) {
  const placeOf = (column: number) => builder.columns[column]!.place;
  for (const [key, first] of atPersonSlot) {
    const person = Math.floor(key / index.slotCount);
    const slot = key % index.slotCount;
    for (const later of index.slotsOfDay[index.slotDay[slot]!]!) {
      if (later <= slot) continue;
      const second = atPersonSlot.get(person * index.slotCount + later);
      if (!second) continue;
      const gap = index.slotStart[later]! - index.slotEnd[slot]!;
      for (const a of new Set(first.map(placeOf))) {
        for (const b of new Set(second.map(placeOf))) {
          if (a === b || gap >= index.travelMinutes[a * index.placeCount + b]!) continue;
          const columns = [...first.filter((c) => placeOf(c) === a), ...second.filter((c) => placeOf(c) === b)];
          builder.rows.push(lessThan(columns, 1));
        }
      }
    }
  }
}

export function buildScheduleProgram(index: InstanceIndex): ScheduleProgram {
  const builder: Builder = { columns: [], cost: [], lower: [], rows: [], groups: new Map() };
  const locked = lockedResources(index);
  addColumns(index, builder, locked);
  for (const [key, columns] of builder.groups) {
    if (key.startsWith('request:') && columns.length > 1) builder.rows.push(lessThan(columns, 1));
    if (key.startsWith('interpreter:') && columns.length > 1) builder.rows.push(lessThan(columns, 1));
    if (key.startsWith('rooms:')) addRoomRows(index, builder, key, columns, locked.rooms);
    if (!key.startsWith('link:')) continue;
    const coefficients = columns.map((column) => (builder.columns[column]!.interpreter === NO_INTERPRETER ? 1 : -1));
    builder.rows.push({ upper: 0, lower: 0, columns, coefficients });
  }
  addPersonRows(index, builder);
  return { columns: builder.columns, cost: builder.cost, lower: builder.lower, rows: builder.rows };
}

/** Turns the chosen columns into assignments: within each slot and place, largest meeting first into the smallest room that fits. */
export function assignmentsFromColumns(index: InstanceIndex, program: ScheduleProgram, chosen: number[]): Assignment[] {
  const meetings = new Map<number, { slot: number; place: number; interpreter: number }>();
  for (const at of chosen) {
    const column = program.columns[at]!;
    const meeting = meetings.get(column.request) ?? { slot: column.slot, place: -1, interpreter: NO_INTERPRETER };
    if (column.interpreter === NO_INTERPRETER) meeting.place = column.place;
    else meeting.interpreter = column.interpreter;
    meetings.set(column.request, meeting);
  }
  const taken = new Set<string>();
  const assignments: Assignment[] = [];
  const ordered = [...meetings].sort(
    ([a], [b]) =>
      Number(!index.requests[b]!.lock) - Number(!index.requests[a]!.lock) ||
      index.requests[b]!.size - index.requests[a]!.size ||
      a - b,
  );
  for (const [request, meeting] of ordered) {
    const facts = index.requests[request]!;
    const room = facts.lock
      ? index.roomPosition.get(facts.lock.roomId)!
      : [...facts.candidateRooms].find(
          (r) =>
            index.roomPlace[r] === meeting.place &&
            index.roomAvailable[r * index.slotCount + meeting.slot] === 1 &&
            !taken.has(`${r}@${meeting.slot}`),
        )!;
    taken.add(`${room}@${meeting.slot}`);
    const interpreter = facts.lock
      ? (facts.lock.interpreterId ?? null)
      : meeting.interpreter === NO_INTERPRETER
        ? null
        : index.interpreterIds[meeting.interpreter]!;
    assignments.push({
      requestId: facts.id,
      slotId: index.slotIds[meeting.slot]!,
      roomId: index.roomIds[room]!,
      interpreterId: interpreter,
    });
  }
  return assignments;
}
