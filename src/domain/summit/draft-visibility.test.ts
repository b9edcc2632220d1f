import { describe, expect, it } from 'vitest';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';

const DRAFT = 'caspian-governors-summit-2026';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'mazandaran' },
});

const request = (as: SignedInUser | undefined, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.request({ method, url, as, payload, headers: { 'accept-language': 'en' } });
const get = (url: string, as?: SignedInUser) => request(as, 'GET', url);
const statusAndCode = async (url: string, as?: SignedInUser) => {
  const response = await get(url, as);
  return [response.statusCode, response.statusCode === 200 ? null : response.json().code];
};
const searchUrls = async (q: string, type: string) =>
  (await get(`/api/search?q=${encodeURIComponent(q)}&type=${type}&lang=en&limit=50`))
    .json()
    .results.map((hit: { url: string }) => hit.url);

let sessionId: string;
let roomId: string;
let expoId: string;
let exhibitorId: string;
let copiedTitle: string;

describe('a draft edition, before it is published', () => {
  it('is prepared by the secretariat: copied from 2025, with a session and an exhibitor of its own', async () => {
    const created = await request(staff, 'POST', '/api/editions', {
      id: DRAFT,
      name: { en: 'Second summit of governors of Caspian coastal provinces' },
      hostProvinceId: 'mazandaran',
      city: { en: 'Sari' },
      startsOn: '2026-11-17',
      endsOn: '2026-11-19',
      timeZone: 'Asia/Tehran',
      copyFromEditionId: EDITION_2025,
    });
    expect([created.statusCode, created.json().status]).toEqual([201, 'draft']);
    const preview = (await get(`/api/editions/${DRAFT}`, staff)).json();
    expoId = preview.expos[0].id;
    const programme = (await get(`/api/editions/${DRAFT}/programme`, staff)).json();
    roomId = programme.rooms[0].id;
    copiedTitle = programme.sessions[0].title.en;
    const session = await request(staff, 'POST', `/api/editions/${DRAFT}/sessions`, {
      kind: 'specialist_panel',
      title: { en: 'Sturgeon hatcheries under one roof' },
      startsAt: '2026-11-18T15:00:00+03:30',
      endsAt: '2026-11-18T16:00:00+03:30',
    });
    expect(session.statusCode).toBe(201);
    sessionId = session.json().id;
    const exhibitor = await request(staff, 'POST', `/api/expos/${expoId}/exhibitors`, {
      organisation: 'Babolsar Sturgeon Hatchery',
      provinceId: 'mazandaran',
      products: [{ name: { en: 'Sturgeon fry' }, hsCodes: ['030119'] }],
      contactLanguages: ['fa', 'en'],
    });
    expect(exhibitor.statusCode).toBe(201);
    exhibitorId = exhibitor.json().id;
  });

  it('answers 404 to anyone but the secretariat for every read keyed by it', async () => {
    const urls = [
      `/api/editions/${DRAFT}`,
      `/api/editions/${DRAFT}/programme`,
      `/api/editions/${DRAFT}/programme.ics`,
      `/api/editions/${DRAFT}/programme.xlsx`,
      `/api/editions/${DRAFT}/rooms`,
      `/api/editions/${DRAFT}/delegations`,
    ];
    for (const url of urls) {
      expect(await statusAndCode(url), url).toEqual([404, 'edition_not_found']);
      expect(await statusAndCode(url, delegate), url).toEqual([404, 'edition_not_found']);
      expect(await statusAndCode(url, staff), url).toEqual([200, null]);
    }
  });

  it('hides its rooms, sessions, expo and exhibitors opened by their own ids', async () => {
    const cases: [string, string][] = [
      [`/api/rooms/${roomId}`, 'room_not_found'],
      [`/api/sessions/${sessionId}`, 'session_not_found'],
      [`/api/sessions/${sessionId}/calendar.ics`, 'session_not_found'],
      [`/api/expos/${expoId}/floor`, 'expo_not_found'],
      [`/api/expos/${expoId}/exhibitors`, 'expo_not_found'],
      [`/api/expos/${expoId}/exhibitors/export`, 'expo_not_found'],
      [`/api/exhibitors/${exhibitorId}`, 'exhibitor_not_found'],
    ];
    for (const [url, code] of cases) {
      expect(await statusAndCode(url), url).toEqual([404, code]);
      expect(await statusAndCode(url, staff), url).toEqual([200, null]);
    }
  });

  it('takes no public registration', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/editions/${DRAFT}/registrations`,
      remoteAddress: '10.30.0.1',
      payload: {
        role: 'member',
        provinceId: 'mazandaran',
        nameNative: 'نیما فرجی',
        nameLatin: 'Nima Faraji',
        nameLanguage: 'fa',
        countryCode: 'IR',
        email: 'nima@example.org',
        languages: ['fa', 'en'],
      },
    });
    expect([response.statusCode, response.json().code]).toEqual([404, 'edition_not_found']);
  });

  it('keeps its sessions, copied or its own, and its exhibitors out of search', async () => {
    // Search reads words loosely, so 2025's sturgeon sessions may come up; the draft's must not.
    const sessionHits = await searchUrls('Sturgeon hatcheries under one roof', 'session');
    expect(sessionHits.filter((url: string) => url.includes(sessionId) || url.includes(DRAFT))).toEqual([]);
    const exhibitorHits = await searchUrls('Babolsar Sturgeon Hatchery', 'exhibitor');
    expect(exhibitorHits.filter((url: string) => url.includes(exhibitorId))).toEqual([]);
    const copiedHits = await searchUrls(copiedTitle, 'session');
    expect(copiedHits.some((url: string) => url.includes(EDITION_2025))).toBe(true);
    expect(copiedHits.filter((url: string) => url.includes(DRAFT))).toEqual([]);
  });
});

describe('the same edition, once published', () => {
  it('is filled in and published', async () => {
    const edition = await request(staff, 'PATCH', `/api/editions/${DRAFT}`, {
      name: { fa: 'دومین اجلاس استانداران', en: 'Second summit of governors' },
      slogan: { fa: 'خزر، دریای همکاری', en: 'The Caspian, a sea of cooperation' },
      city: { fa: 'ساری', en: 'Sari' },
      venue: { fa: 'سالن همایش ساری', en: 'Sari Conference Hall' },
      registrationClosesAt: '2026-11-10T20:00:00Z',
    });
    expect(edition.statusCode).toBe(200);
    const expo = await request(staff, 'PATCH', `/api/editions/${DRAFT}/expos/${expoId}`, {
      name: { fa: 'کاسپین اکسپو ۱۴۰۵', en: 'Caspian Expo 2026' },
      endsOn: '2026-11-19',
    });
    expect(expo.statusCode).toBe(200);
    expect((await request(staff, 'POST', `/api/editions/${DRAFT}/publish`, {})).statusCode).toBe(200);
  });

  it('is open to everyone', async () => {
    for (const url of [
      `/api/editions/${DRAFT}/programme`,
      `/api/sessions/${sessionId}`,
      `/api/expos/${expoId}/exhibitors`,
      `/api/exhibitors/${exhibitorId}`,
      `/api/editions/${DRAFT}/delegations`,
    ]) {
      expect(await statusAndCode(url), url).toEqual([200, null]);
    }
  });

  it('puts its sessions, copied and its own, and its exhibitors into search', async () => {
    expect(await searchUrls('Sturgeon hatcheries under one roof', 'session')).toContainEqual(
      expect.stringContaining(`#session-${sessionId}`),
    );
    expect(await searchUrls('Babolsar Sturgeon Hatchery', 'exhibitor')).toContainEqual(
      expect.stringContaining(`/expo/exhibitors/${exhibitorId}`),
    );
    const copiedHits = await searchUrls(copiedTitle, 'session');
    expect(copiedHits.some((url: string) => url.includes(DRAFT))).toBe(true);
  });
});
