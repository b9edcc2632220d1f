import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { writeAs } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { expos } from '../summit/tables.ts';
import { copyExpoFloor } from './copy-floor.ts';
import { createFloorRepository } from './floor-repository.ts';
import { boothAssignments, exhibitors, expoBooths, expoHalls } from './tables.ts';

const text = (en: string) => ({ en, ru: en, fa: en, az: en, kk: en, tk: en });

describe('copyExpoFloor', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('copies halls and booths under new ids, without exhibitors or assignments', async () => {
    const db = database.db;
    const [source] = await db.select().from(expos).where(eq(expos.id, 'caspian-expo-2025'));
    await db.insert(expos).values({ ...source!, id: 'copy-floor-target' });
    const [hall] = await db
      .insert(expoHalls)
      .values({ expoId: 'caspian-expo-2025', name: text('Test hall'), widthM: 40, depthM: 20, sortOrder: 9 })
      .returning();
    const booths = await db
      .insert(expoBooths)
      .values([
        { hallId: hall!.id, code: 'T1', xM: 0, yM: 0, widthM: 3, depthM: 3 },
        { hallId: hall!.id, code: 'T2', xM: 3, yM: 0, widthM: 3, depthM: 3 },
      ])
      .returning();
    const [exhibitor] = await db
      .insert(exhibitors)
      .values({
        expoId: 'caspian-expo-2025',
        organisation: 'Copy Test Co',
        provinceId: 'gilan',
        description: text(''),
        products: [],
        hsCodes: [],
        contactLanguages: ['en'],
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();
    await db
      .insert(boothAssignments)
      .values({ boothId: booths[0]!.id, exhibitorId: exhibitor!.id, assignedAt: new Date() });
    const sourceBooths = (
      await createFloorRepository(db).listBooths(
        (await createFloorRepository(db).listHalls('caspian-expo-2025')).map((h) => h.id),
      )
    ).length;

    const copied = await writeAs(db, {}, (context) => copyExpoFloor(context, 'caspian-expo-2025', 'copy-floor-target'));

    const repo = createFloorRepository(db);
    const newHalls = await repo.listHalls('copy-floor-target');
    const newBooths = await repo.listBooths(newHalls.map((h) => h.id));
    expect(copied).toBe(sourceBooths);
    expect(newBooths).toHaveLength(sourceBooths);
    const copiedHall = newHalls.find((h) => h.name.en === 'Test hall')!;
    expect(copiedHall.id).not.toBe(hall!.id);
    expect(copiedHall).toMatchObject({ widthM: 40, depthM: 20, sortOrder: 9 });
    const copiedBooths = newBooths.filter((b) => b.hallId === copiedHall.id);
    expect(copiedBooths.map((b) => [b.code, b.xM, b.widthM])).toEqual([
      ['T1', 0, 3],
      ['T2', 3, 3],
    ]);
    expect(await repo.listAssignments(newBooths.map((b) => b.id))).toEqual([]);
    expect((await db.select().from(exhibitors).where(eq(exhibitors.expoId, 'copy-floor-target'))).length).toBe(0);
  });
});
