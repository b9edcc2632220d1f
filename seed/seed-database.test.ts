import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/platform/db/client.ts';
import { openTestDatabase } from '../src/platform/testing/test-database.ts';
import { ports, provinces } from '../src/domain/provinces/tables.ts';
import { panels } from '../src/domain/summit/tables.ts';
import { taxonomyNodes } from '../src/domain/taxonomy/tables.ts';
import { catalogueItems } from '../src/domain/catalogue/tables.ts';
import { seedDatabase } from './seed-database.ts';
import { seedLog } from './tables.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

const total = async (table: typeof provinces | typeof ports | typeof panels | typeof taxonomyNodes | typeof catalogueItems) => (await database.db.select({ n: count() }).from(table))[0]?.n;

describe('seeding', () => {
  it('fills an empty database once and leaves it alone on every later start', async () => {
    expect(await seedDatabase(database.db)).toBe(3);
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(provinces)).toBe(12);
    expect(await total(ports)).toBe(15);
    expect(await total(panels)).toBe(4);
    expect(await total(taxonomyNodes)).toBe(60);
  });

  it('seeds a part an older database never had, without touching the rest', async () => {
    await database.db.delete(taxonomyNodes);
    await database.db.delete(seedLog).where(eq(seedLog.part, 'taxonomy'));
    expect(await seedDatabase(database.db)).toBe(1);
    expect(await total(taxonomyNodes)).toBe(60);
    expect(await total(provinces)).toBe(12);
  });

  it('publishes the demo items flagged as demo, and does not bring them back once removed', async () => {
    const demo = await database.db.select().from(catalogueItems);
    expect(demo.length).toBeGreaterThan(50);
    expect(demo.every((item) => item.isDemo && item.status === 'published')).toBe(true);
    await database.db.delete(catalogueItems);
    expect(await seedDatabase(database.db)).toBe(0);
    expect(await total(catalogueItems)).toBe(0);
  });
});
