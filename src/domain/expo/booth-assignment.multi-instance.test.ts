import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  insertBooth,
  insertBoothAssignment,
  insertExhibitor,
  insertHall,
} from '../../platform/testing/factories/expo.ts';
import { EXPO_2025 } from '../../platform/testing/factories/summit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
import { boothAssignments } from './tables.ts';

const serverUrl = process.env.DATABASE_URL;

/** PGlite is one connection in one process, so a real race needs PostgreSQL and two app instances. */
describe.runIf(serverUrl)('two instances assigning one booth at the same moment', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('lets exactly one win; the other gets booth_taken and one row is stored', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const hallId = await insertHall(db, { expoId: EXPO_2025, name: { en: 'Race hall' }, widthM: 10, depthM: 10 });
    const boothId = await insertBooth(db, { hallId, code: 'R1' });
    const contenders = [
      await insertExhibitor(db, { expoId: EXPO_2025, organisation: 'Racer One' }),
      await insertExhibitor(db, { expoId: EXPO_2025, organisation: 'Racer Two' }),
    ];

    const responses = await Promise.all(
      contenders.map((exhibitorId, index) =>
        apps[index]!.inject({
          method: 'PUT',
          url: `/api/booths/${boothId}/assignment`,
          payload: { exhibitorId },
          headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
        }),
      ),
    );

    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'booth_taken' });
    expect(loser.json().detail).toContain('R1');
    expect(await db.select().from(boothAssignments).where(eq(boothAssignments.boothId, boothId))).toHaveLength(1);
  });

  it('answers booth_taken when the other booking commits while this one waits on the primary key', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const hallId = await insertHall(db, { expoId: EXPO_2025, name: { en: 'Wait hall' }, widthM: 10, depthM: 10 });
    const boothId = await insertBooth(db, { hallId, code: 'W1' });
    const first = await insertExhibitor(db, { expoId: EXPO_2025, organisation: 'Early Bird' });
    const second = await insertExhibitor(db, { expoId: EXPO_2025, organisation: 'Late Comer' });

    // The other booking holds its row uncommitted, so the request's check finds the booth free and
    // its insert waits on the primary key until the other commits: only the database can refuse it.
    let pending: Promise<{ statusCode: number; json: () => { code: string } }> | undefined;
    await handles[1]!.db.transaction(async (tx) => {
      await insertBoothAssignment(tx, { boothId, exhibitorId: first });
      pending = apps[0]!.inject({
        method: 'PUT',
        url: `/api/booths/${boothId}/assignment`,
        payload: { exhibitorId: second },
        headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const response = await pending!;
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('booth_taken');
    expect(await db.select().from(boothAssignments).where(eq(boothAssignments.boothId, boothId))).toEqual([
      expect.objectContaining({ exhibitorId: first }),
    ]);
  });
});
