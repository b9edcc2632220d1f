import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import {
  insertBooth,
  insertBoothAssignment,
  insertExhibitor,
  insertHall,
} from '../../platform/testing/factories/expo.ts';
import { EXPO_2025, insertExpo } from '../../platform/testing/factories/summit.ts';
import { writeAs } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { copyExpoFloor } from './copy-floor.ts';
import { createFloorRepository } from './floor-repository.ts';
import { exhibitors } from './tables.ts';

const text = (en: string) => ({ en, ru: en, fa: en, az: en, kk: en, tk: en });

describe('copyExpoFloor', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('copies halls and booths under new ids, without exhibitors or assignments', async () => {
    const db = database.db;
    await insertExpo(db, { id: 'copy-floor-target' });
    const hallId = await insertHall(db, {
      expoId: EXPO_2025,
      name: text('Test hall'),
      widthM: 40,
      depthM: 20,
      sortOrder: 9,
    });
    const t1 = await insertBooth(db, { hallId, code: 'T1', xM: 0 });
    await insertBooth(db, { hallId, code: 'T2', xM: 3 });
    const exhibitorId = await insertExhibitor(db, {
      expoId: EXPO_2025,
      organisation: 'Copy Test Co',
      description: text(''),
      contactLanguages: ['en'],
    });
    await insertBoothAssignment(db, { boothId: t1, exhibitorId });
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
    expect(copiedHall.id).not.toBe(hallId);
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
