import { type InstanceIndex, PERSON_FREE, valueAt } from './instance-index.ts';

/**
 * A Lagrangian upper bound on the optimum, cheap enough for the largest summit.
 *
 * Why it is valid: every schedule picks x[r] ∈ {0,1} (1 for a locked request) and satisfies
 * (a) Σ_{r∋p} x[r] ≤ cap_p per person, where cap_p = Σ_days min(daily maximum, free slots that day),
 * since a person meets at most once per free slot and at most the maximum per day, and
 * (b) Σ_{r of kind k} x[r] ≤ the room-slots of kind k (a room holds one meeting per slot), and
 * (c) Σ_{r needing an interpreter} x[r] ≤ the interpreter-slots (one meeting per interpreter and slot);
 * a request needing an interpreter that nobody covers is worth 0 in any schedule.
 * For multipliers λ, μ ≥ 0, adding λ·(cap − lhs_a) + μ·(rooms − lhs_b) + η·(interpreters − lhs_c) to the objective adds only
 * non-negative terms on every schedule, so the maximum of that sum over all x is ≥ the optimum. That
 * maximum splits by request: each takes its reduced value if positive (always, if locked), which is
 * what a round below computes. The subgradient steps only look for better multipliers; whichever the
 * round, the value is a bound, and the smallest seen is returned. A request's value is taken at its
 * best slot (the protocol tie-break), which can only raise the bound.
 */
export function lagrangianBound(index: InstanceIndex, lowerBound: number, rounds = 400): number {
  const people = index.personIds.length;
  const capacity = new Float64Array(people + 3);
  capacity.set(personCapacities(index));
  capacity.set(roomSlots(index), people);
  capacity[people + 2] = index.interpreterAvailable.reduce((sum, open) => sum + open, 0);
  const kindRow = (kind: string) => people + (kind === 'g2g' ? 0 : 1);
  const rowsOf = index.requests.map((facts) => [
    ...facts.persons,
    kindRow(facts.kind),
    ...(facts.needsInterpreter ? [people + 2] : []),
  ]);
  const value = index.requests.map((facts, request) => {
    if (facts.lock) return valueAt(index, request, index.slotPosition.get(facts.lock.slotId)!);
    const unreachable = facts.allowedSlots.length === 0 || (facts.needsInterpreter && facts.interpreters.length === 0);
    return unreachable ? 0 : Math.max(...[...facts.allowedSlots].map((slot) => valueAt(index, request, slot)));
  });
  const multiplier = initialMultipliers(index, capacity, value);
  const use = new Float64Array(people + 3);
  let best = Infinity;
  let theta = 1;
  let sinceBetter = 0;
  for (let round = 0; round < rounds; round++) {
    use.fill(0);
    let bound = 0;
    index.requests.forEach((facts, request) => {
      if (value[request] === 0 && !facts.lock) return;
      let reduced = value[request]!;
      for (const row of rowsOf[request]!) reduced -= multiplier[row]!;
      if (reduced <= 0 && !facts.lock) return;
      bound += reduced;
      for (const row of rowsOf[request]!) use[row]! += 1;
    });
    let squaredNorm = 0;
    multiplier.forEach((m, row) => {
      bound += m * capacity[row]!;
      const slack = capacity[row]! - use[row]!;
      if (m > 0 || slack < 0) squaredNorm += slack * slack;
    });
    if (bound < best - 1e-9) [best, sinceBetter] = [bound, 0];
    else if (++sinceBetter >= 10) [theta, sinceBetter] = [theta / 2, 0];
    if (squaredNorm === 0 || best - lowerBound < 1e-9 || theta < 1e-4) break;
    const step = (theta * (best - lowerBound)) / squaredNorm;
    multiplier.forEach((m, row) => {
      multiplier[row] = Math.max(0, m - step * (capacity[row]! - use[row]!));
    });
  }
  return best;
}

function personCapacities(index: InstanceIndex): Float64Array {
  return Float64Array.from(index.personIds, (_, p) =>
    index.slotsOfDay.reduce((sum, slots) => {
      const free = slots.filter((slot) => index.personSlot[p * index.slotCount + slot] === PERSON_FREE).length;
      return sum + Math.min(free, index.personMaxPerDay[p]!);
    }, 0),
  );
}

function roomSlots(index: InstanceIndex): [number, number] {
  const slots: [number, number] = [0, 0];
  index.instance.rooms.forEach((room, r) => {
    for (let slot = 0; slot < index.slotCount; slot++)
      slots[room.kind === 'g2g' ? 0 : 1] += index.roomAvailable[r * index.slotCount + slot]!;
  });
  return slots;
}

/**
 * A start near the optimum: each person's multiplier is the share (value / people) of the request at
 * their capacity's edge, the price at which their time is full.
 */
function initialMultipliers(index: InstanceIndex, capacity: Float64Array, value: number[]): Float64Array {
  const multiplier = new Float64Array(capacity.length);
  index.requestsOfPerson.forEach((requests, p) => {
    const shares = [...requests].map((r) => value[r]! / index.requests[r]!.persons.length).sort((a, b) => b - a);
    multiplier[p] = shares[capacity[p]!] ?? 0;
  });
  return multiplier;
}
