import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertBooth, insertExhibitor, insertHall } from '../../platform/testing/factories/expo.ts';
import { EXPO_2025, insertExpo } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';
import { auditLog } from '../../platform/audit/tables.ts';

const { t, staff, exhibitorUser } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  exhibitorUser: { role: 'exhibitor', organisation: 'Gorgan Carpets' },
});
const EXPO = 'floor-test-expo';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  await insertExpo(t.database.db, { id: EXPO });
});

const send = (
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  as: SignedInUser | null = staff,
) => t.request({ method, url, ...(payload !== undefined && { payload: payload as object }), as: as ?? undefined });
const floor = async (expoId = EXPO) => (await t.request({ method: 'GET', url: `/api/expos/${expoId}/floor` })).json();

describe('halls and booths', () => {
  let hallId: string;
  let a1: string;

  it('lets the secretariat draw a hall and booths, and nobody else', async () => {
    expect(
      (
        await send(
          'POST',
          `/api/expos/${EXPO}/halls`,
          { name: { en: 'Hall A' }, widthM: 30, depthM: 20 },
          exhibitorUser,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await send('POST', `/api/expos/${EXPO}/halls`, { name: { en: 'Hall A' }, widthM: 30, depthM: 20 }, null))
        .statusCode,
    ).toBe(401);
    const hall = await send('POST', `/api/expos/${EXPO}/halls`, {
      name: { en: 'Hall A', fa: 'سالن الف' },
      widthM: 30,
      depthM: 20,
    });
    expect(hall.statusCode).toBe(201);
    hallId = hall.json().id;
    const booth = await send('POST', `/api/halls/${hallId}/booths`, { code: 'A1', xM: 0, yM: 0, widthM: 3, depthM: 3 });
    expect(booth.statusCode).toBe(201);
    a1 = booth.json().id;
    expect(
      (await send('POST', `/api/halls/${hallId}/booths`, { code: 'A2', xM: 3, yM: 0, widthM: 3, depthM: 3 }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await send(
          'POST',
          `/api/halls/${hallId}/booths`,
          { code: 'A3', xM: 6, yM: 0, widthM: 3, depthM: 3 },
          exhibitorUser,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('refuses an overlapping booth or one beyond the walls with booth_overlaps, naming the booth', async () => {
    const overlap = await send('POST', `/api/halls/${hallId}/booths`, {
      code: 'X1',
      xM: 5,
      yM: 1,
      widthM: 3,
      depthM: 3,
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ code: 'booth_overlaps' });
    expect(overlap.json().detail).toContain('A2');
    expect(
      (await send('POST', `/api/halls/${hallId}/booths`, { code: 'X2', xM: 28, yM: 0, widthM: 3, depthM: 3 })).json()
        .code,
    ).toBe('booth_overlaps');
    expect((await send('PATCH', `/api/booths/${a1}`, { xM: 1 })).json().code).toBe('booth_overlaps');
    expect((await send('PATCH', `/api/halls/${hallId}`, { widthM: 5 })).json().code).toBe('booth_overlaps');
  });

  it('refuses a second booth with the same code in one hall', async () => {
    const again = await send('POST', `/api/halls/${hallId}/booths`, {
      code: 'A1',
      xM: 10,
      yM: 10,
      widthM: 3,
      depthM: 3,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('booth_code_taken');
  });

  it('moves a booth within the hall and renames it', async () => {
    const moved = await send('PATCH', `/api/booths/${a1}`, { yM: 5, code: 'B1' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ code: 'B1', xM: 0, yM: 5 });
  });

  it('answers 404 for unknown halls, booths and expos', async () => {
    expect(
      (await send('POST', `/api/halls/${UNKNOWN}/booths`, { code: 'Z', xM: 0, yM: 0, widthM: 1, depthM: 1 })).json()
        .code,
    ).toBe('hall_not_found');
    expect((await send('PATCH', `/api/booths/${UNKNOWN}`, { xM: 1 })).json().code).toBe('booth_not_found');
    expect((await send('DELETE', `/api/halls/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/expos/nowhere/floor' })).json().code).toBe('expo_not_found');
    expect(
      (await send('POST', '/api/expos/nowhere/halls', { name: { en: 'X' }, widthM: 1, depthM: 1 })).json().code,
    ).toBe('expo_not_found');
  });
});

describe('booth assignment', () => {
  let boothId: string;
  let exhibitorId: string;
  let otherId: string;

  beforeAll(async () => {
    const db = t.database.db;
    const hallId = await insertHall(db, { expoId: EXPO, name: { en: 'Hall B' }, widthM: 12, depthM: 12, sortOrder: 2 });
    boothId = await insertBooth(db, { hallId, code: 'C1', widthM: 4, depthM: 4 });
    const products = [{ name: { en: 'Carpets' }, hsCodes: ['5701'] }];
    exhibitorId = await insertExhibitor(db, {
      expoId: EXPO,
      organisation: 'Gorgan Carpets',
      provinceId: 'golestan',
      products,
    });
    otherId = await insertExhibitor(db, {
      expoId: EXPO,
      organisation: 'Other Carpets',
      provinceId: 'golestan',
      products,
    });
  });

  it('gives a free booth to an exhibitor and shows it on the floor and the exhibitor', async () => {
    expect((await send('PUT', `/api/booths/${boothId}/assignment`, { exhibitorId }, exhibitorUser)).statusCode).toBe(
      403,
    );
    const assigned = await send('PUT', `/api/booths/${boothId}/assignment`, { exhibitorId });
    expect(assigned.statusCode).toBe(201);
    const booth = (await floor()).halls
      .flatMap((hall: { booths: unknown[] }) => hall.booths)
      .find((candidate: { id: string }) => candidate.id === boothId);
    expect(booth.exhibitor).toEqual({ id: exhibitorId, organisation: 'Gorgan Carpets', isDemo: false });
    expect((await t.request({ method: 'GET', url: `/api/exhibitors/${exhibitorId}` })).json().booths).toEqual([
      { id: boothId, code: 'C1' },
    ]);
  });

  it('refuses a taken booth with booth_taken, naming it', async () => {
    const again = await send('PUT', `/api/booths/${boothId}/assignment`, { exhibitorId: otherId });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('booth_taken');
    expect(again.json().detail).toContain('C1');
  });

  it('refuses exhibitors of another expo and unknown booths', async () => {
    const elsewhere = await insertExhibitor(t.database.db, { expoId: EXPO_2025, organisation: 'Elsewhere' });
    expect((await send('PUT', `/api/booths/${boothId}/assignment`, { exhibitorId: elsewhere })).json().code).toBe(
      'exhibitor_not_found',
    );
    expect((await send('PUT', `/api/booths/${UNKNOWN}/assignment`, { exhibitorId })).json().code).toBe(
      'booth_not_found',
    );
  });

  it('releases the booth, with an audit entry, so another exhibitor can have it', async () => {
    expect((await send('DELETE', `/api/booths/${boothId}/assignment`)).statusCode).toBe(200);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, boothId));
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['expo_booth.assign', 'expo_booth.release']),
    );
    expect((await send('PUT', `/api/booths/${boothId}/assignment`, { exhibitorId: otherId })).statusCode).toBe(201);
  });

  it('deletes a hall with its booths and their assignments', async () => {
    const hall = (await floor()).halls.find((candidate: { name: { en?: string } }) => candidate.name.en === 'Hall B');
    expect((await send('DELETE', `/api/halls/${hall.id}`)).statusCode).toBe(200);
    expect((await floor()).halls.map((candidate: { name: { en?: string } }) => candidate.name.en)).toEqual(['Hall A']);
  });
});
