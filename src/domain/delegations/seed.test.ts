import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { delegations, participants } from './tables.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('2025 seed', () => {
  it('gives each of the twelve provinces a delegation and spreads the demo people over them', async () => {
    expect((await database.db.select({ n: count() }).from(delegations))[0]?.n).toBe(12);
    const people = await database.db.select().from(participants);
    expect(people.length).toBeGreaterThanOrEqual(40);
    expect(people.every((person) => person.isDemo)).toBe(true);
    const withDelegation = people.filter((person) => ['head', 'member', 'interpreter'].includes(person.role));
    expect(withDelegation.every((person) => person.delegationId !== null)).toBe(true);
    const [gilan] = await database.db.select().from(delegations).where(eq(delegations.provinceId, 'gilan'));
    expect(gilan).toMatchObject({ memberLimit: 15, roleLimits: { head: 1, interpreter: 3, press: 3 } });
  });
});
