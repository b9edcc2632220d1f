import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/platform/db/client.ts';
import { openTestDatabase } from '../src/platform/testing/test-database.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { panels } from '../src/domain/summit/tables.ts';
import { taxonomyNodes } from '../src/domain/taxonomy/tables.ts';
import { seedDatabase } from './seed-database.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

const total = async (table: typeof provinces | typeof ports | typeof panels | typeof taxonomyNodes) => (await database.db.select({ n: count() }).from(table))[0]?.n;

describe('seeding', () => {
  it('fills an empty database once and leaves it alone on every later start', async () => {
    expect(await seedDatabase(database.db)).toBe(2);
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(provinces)).toBe(12);
    expect(await total(ports)).toBe(15);
    expect(await total(panels)).toBe(4);
    expect(await total(taxonomyNodes)).toBe(60);
  });

  it('seeds a part that is missing from an older database without touching the rest', async () => {
    await database.db.delete(taxonomyNodes);
    expect(await seedDatabase(database.db)).toBe(1);
    expect(await total(taxonomyNodes)).toBe(60);
    expect(await total(provinces)).toBe(12);
  });
});
