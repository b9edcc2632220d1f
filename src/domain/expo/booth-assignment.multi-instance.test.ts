import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../platform/testing/factories.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
import { boothAssignments, exhibitors, expoBooths, expoHalls } from './tables.ts';

const serverUrl = process.env.DATABASE_URL;

/** PGlite is one connection in one process, so a real race needs PostgreSQL and two app instances. */
describe.runIf(serverUrl)('two instances assigning one booth at the same moment', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('lets exactly one win; the other gets booth_taken and one row is stored', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const [hall] = await db
      .insert(expoHalls)
      .values({ expoId: 'caspian-expo-2025', name: { en: 'Race hall' }, widthM: 10, depthM: 10 })
      .returning();
    const [booth] = await db
      .insert(expoBooths)
      .values({ hallId: hall!.id, code: 'R1', xM: 0, yM: 0, widthM: 3, depthM: 3 })
      .returning();
    const contenders = await db
      .insert(exhibitors)
      .values(
        ['Racer One', 'Racer Two'].map((organisation) => ({
          expoId: 'caspian-expo-2025',
          organisation,
          provinceId: 'gilan',
          description: {},
          products: [],
          hsCodes: [],
          contactLanguages: [],
          createdAt: new Date(),
          updatedAt: new Date(),
        })),
      )
      .returning();

    const responses = await Promise.all(
      contenders.map((exhibitor, index) =>
        apps[index]!.inject({
          method: 'PUT',
          url: `/api/booths/${booth!.id}/assignment`,
          payload: { exhibitorId: exhibitor.id },
          headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
        }),
      ),
    );

    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'booth_taken' });
    expect(loser.json().detail).toContain('R1');
    expect(await db.select().from(boothAssignments).where(eq(boothAssignments.boothId, booth!.id))).toHaveLength(1);
  });

  it('answers booth_taken when the other booking commits while this one waits on the primary key', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const [hall] = await db
      .insert(expoHalls)
      .values({ expoId: 'caspian-expo-2025', name: { en: 'Wait hall' }, widthM: 10, depthM: 10 })
      .returning();
    const [booth] = await db
      .insert(expoBooths)
      .values({ hallId: hall!.id, code: 'W1', xM: 0, yM: 0, widthM: 3, depthM: 3 })
      .returning();
    const [first, second] = await db
      .insert(exhibitors)
      .values(
        ['Early Bird', 'Late Comer'].map((organisation) => ({
          expoId: 'caspian-expo-2025',
          organisation,
          provinceId: 'gilan',
          description: {},
          products: [],
          hsCodes: [],
          contactLanguages: [],
          createdAt: new Date(),
          updatedAt: new Date(),
        })),
      )
      .returning();

    // The other booking holds its row uncommitted, so the request's check finds the booth free and
    // its insert waits on the primary key until the other commits: only the database can refuse it.
    let pending: Promise<{ statusCode: number; json: () => { code: string } }> | undefined;
    await handles[1]!.db.transaction(async (tx) => {
      await tx.insert(boothAssignments).values({ boothId: booth!.id, exhibitorId: first!.id, assignedAt: new Date() });
      pending = apps[0]!.inject({
        method: 'PUT',
        url: `/api/booths/${booth!.id}/assignment`,
        payload: { exhibitorId: second!.id },
        headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const response = await pending!;
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('booth_taken');
    expect(await db.select().from(boothAssignments).where(eq(boothAssignments.boothId, booth!.id))).toEqual([
      expect.objectContaining({ exhibitorId: first!.id }),
    ]);
  });
});
