import { describe, expect, it } from 'vitest';
import { applyChange, reoptimiseSchedule } from './reoptimise.ts';
import { scheduleMeetings } from './schedule.ts';
import { seededRandom } from '../../../platform/random/seeded-random.ts';
import { fixedClock, findViolations, smallInstance } from './test-instances.ts';

const SIZE = { people: 16, requests: 70, slots: 9 };

describe('reoptimiseSchedule', () => {
  it('after a cancellation keeps every other meeting in place, or reports each one it moved', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const instance = smallInstance(seed, SIZE);
      const before = scheduleMeetings(instance, { rng: seededRandom(seed), clock: fixedClock, iterations: 1000 });
      const cancelled = before.assignments[0]!.requestId;
      const after = applyChange(instance, { kind: 'cancellation', requestId: cancelled });
      const result = reoptimiseSchedule(after, before.assignments, { maxMoves: 3 });
      expect(findViolations(after, result.assignments)).toEqual([]);
      expect(result.moved.length).toBeLessThanOrEqual(3);
      const movedIds = new Set(result.moved.map((move) => move.requestId));
      for (const kept of before.assignments.filter((a) => a.requestId !== cancelled && !movedIds.has(a.requestId))) {
        expect(result.assignments).toContainEqual(kept);
      }
      for (const move of result.moved) {
        expect(move.reason.code).toBe('made_room_for');
        expect(result.assignments).toContainEqual(move.to);
      }
      expect(result.objective).toBeGreaterThanOrEqual(before.objective - 2000);
    }
  });

  it('moves a meeting whose person arrives late and says why', () => {
    const instance = smallInstance(4, SIZE);
    const before = scheduleMeetings(instance, { rng: seededRandom(4), clock: fixedClock, iterations: 500 });
    const victim = before.assignments[0]!;
    const person = instance.requests.find((request) => request.id === victim.requestId)!.sides[0].personIds[0]!;
    const after = applyChange(instance, { kind: 'late_arrival', personId: person, lostSlotIds: [victim.slotId] });
    const result = reoptimiseSchedule(after, before.assignments);
    expect(findViolations(after, result.assignments)).toEqual([]);
    expect(result.moved).toContainEqual(
      expect.objectContaining({ requestId: victim.requestId, from: victim, reason: { code: 'no_longer_feasible' } }),
    );
  });

  it('fits a new must-request in, by moving others if it has to', () => {
    const instance = smallInstance(5, SIZE);
    const before = scheduleMeetings(instance, { rng: seededRandom(5), clock: fixedClock, iterations: 500 });
    const [first, second] = [instance.people[0]!, instance.people[1]!];
    const request = {
      id: 'new',
      kind: 'b2b' as const,
      priority: 'must' as const,
      sides: [
        { personIds: [first.id], languages: ['en'] },
        { personIds: [second.id], languages: ['en'] },
      ] as [{ personIds: string[]; languages: string[] }, { personIds: string[]; languages: string[] }],
    };
    const after = applyChange(instance, { kind: 'new_request', request });
    const result = reoptimiseSchedule(after, before.assignments);
    expect(findViolations(after, result.assignments)).toEqual([]);
    expect(result.objective).toBeGreaterThanOrEqual(before.objective);
    for (const move of result.moved) expect(move.reason).toEqual({ code: 'made_room_for', requestId: 'new' });
  });
});
