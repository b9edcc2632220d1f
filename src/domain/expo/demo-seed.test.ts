import { expect, it } from 'vitest';
import { setUpTestApp } from '../../platform/testing/test-app.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { checkBoothPlacement } from './rules.ts';

const { t } = setUpTestApp();

type FloorBooth = {
  id: string;
  code: string;
  xM: number;
  yM: number;
  widthM: number;
  depthM: number;
  exhibitor: { organisation: string; isDemo: boolean } | null;
};

it('seeds the 2025 expo floor: two halls, 24 booths that fit, eight held by demo exhibitors', async () => {
  const floor = (await t.request({ method: 'GET', url: '/api/expos/caspian-expo-2025/floor' })).json();
  expect(floor.halls).toHaveLength(2);
  const booths: FloorBooth[] = floor.halls.flatMap((hall: { booths: FloorBooth[] }) => hall.booths);
  expect(booths).toHaveLength(24);
  for (const hall of floor.halls) {
    for (const booth of hall.booths as FloorBooth[])
      expect(
        checkBoothPlacement(
          booth,
          hall,
          hall.booths.filter((other: FloorBooth) => other.id !== booth.id),
        ),
        booth.code,
      ).toEqual({ ok: true });
  }
  const held = booths.filter((booth) => booth.exhibitor);
  expect(held).toHaveLength(8);
  expect(held.every((booth) => booth.exhibitor!.isDemo)).toBe(true);
});

it('seeds twelve demo exhibitors from the five Iranian provinces and five demo buyers matching some of them', async () => {
  const directory = (
    await t.request({ method: 'GET', url: '/api/expos/caspian-expo-2025/exhibitors?limit=100' })
  ).json();
  expect(directory.total).toBe(12);
  expect(new Set(directory.items.map((item: { provinceId: string }) => item.provinceId))).toEqual(
    new Set(['gilan', 'mazandaran', 'golestan', 'hormozgan', 'sistan-baluchestan']),
  );
  const viewer = await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' });
  const interests = (
    await t.request({ method: 'GET', url: '/api/expos/caspian-expo-2025/buyer-interests', as: viewer })
  ).json();
  expect(interests).toHaveLength(5);
  expect(new Set(interests.map((interest: { countryCode: string }) => interest.countryCode))).toEqual(
    new Set(['RU', 'AZ', 'TM', 'KZ']),
  );
  expect(
    interests.every(
      (interest: { isDemo: boolean; matches: unknown[] }) => interest.isDemo && interest.matches.length > 0,
    ),
  ).toBe(true);
});

it('lets only the administrator remove the demo floor, exhibitors and buyers, keeping real ones', async () => {
  const staff = await signedIn(t, { role: 'secretariat_staff' });
  const admin = await signedIn(t, { role: 'secretariat_admin' });
  const real = await t.request({
    method: 'POST',
    url: '/api/expos/caspian-expo-2025/exhibitors',
    payload: { organisation: 'Real Exhibitor', provinceId: 'gilan' },
    as: staff,
  });
  expect(real.statusCode).toBe(201);
  expect((await t.request({ method: 'DELETE', url: '/api/expos/caspian-expo-2025/demo', as: staff })).statusCode).toBe(
    403,
  );
  const removed = await t.request({ method: 'DELETE', url: '/api/expos/caspian-expo-2025/demo', as: admin });
  expect(removed.json()).toEqual({ halls: 2, exhibitors: 12, buyerInterests: 5 });
  expect((await t.request({ method: 'GET', url: '/api/expos/caspian-expo-2025/floor' })).json().halls).toEqual([]);
  const directory = (await t.request({ method: 'GET', url: '/api/expos/caspian-expo-2025/exhibitors' })).json();
  expect(directory.items.map((item: { organisation: string }) => item.organisation)).toEqual(['Real Exhibitor']);
});
