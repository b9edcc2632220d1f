import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertExpo } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';

const { t, staff, fishCo, buyer, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  fishCo: { role: 'exhibitor', organisation: 'Anzali Fish Co' },
  buyer: { role: 'buyer', organisation: 'Astrakhan Trade' },
  delegate: { role: 'delegation_member', provinceId: 'gilan' },
});
const EXPO = 'routes-test-expo';

beforeAll(async () => {
  await insertExpo(t.database.db, { id: EXPO });
});

const fish = {
  organisation: 'Anzali Fish Co',
  provinceId: 'gilan',
  description: { en: 'Fresh and frozen Caspian fish', fa: 'ماهی تازه و منجمد خزر' },
  products: [
    { name: { en: 'Kutum' }, hsCodes: ['030289'] },
    { name: { en: 'Caviar' }, hsCodes: ['1604'] },
  ],
  contactLanguages: ['fa', 'ru'],
  email: 'sales@anzali-fish.example',
  website: 'https://anzali-fish.example',
};
const tea = {
  organisation: 'Lahijan Tea',
  provinceId: 'gilan',
  products: [{ name: { en: 'Black tea' }, hsCodes: ['0902'] }],
  contactLanguages: ['fa', 'en'],
};
const rice = {
  organisation: 'Sari Rice Mill',
  provinceId: 'mazandaran',
  description: { ru: 'Рис тарем' },
  products: [{ name: { fa: 'برنج طارم' }, hsCodes: ['1006'] }],
  contactLanguages: ['ru'],
};

const post = (url: string, payload: unknown, as?: SignedInUser) =>
  t.request({ method: 'POST', url, payload: payload as object, as });
const list = async (query = '') =>
  (await t.request({ method: 'GET', url: `/api/expos/${EXPO}/exhibitors${query}` })).json();

describe('exhibitors', () => {
  let fishId: string;

  it('lets an exhibitor account file its own organisation, and the secretariat any', async () => {
    const own = await post(`/api/expos/${EXPO}/exhibitors`, fish, fishCo);
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({
      organisation: 'Anzali Fish Co',
      hsCodes: ['030289', '1604'],
      booths: [],
      isDemo: false,
    });
    fishId = own.json().id;
    expect((await post(`/api/expos/${EXPO}/exhibitors`, tea, staff)).statusCode).toBe(201);
    expect((await post(`/api/expos/${EXPO}/exhibitors`, rice, staff)).statusCode).toBe(201);
  });

  it("refuses another organisation's entry, delegations and the public", async () => {
    expect((await post(`/api/expos/${EXPO}/exhibitors`, tea, fishCo)).statusCode).toBe(403);
    expect((await post(`/api/expos/${EXPO}/exhibitors`, tea, delegate)).statusCode).toBe(403);
    expect((await post(`/api/expos/${EXPO}/exhibitors`, tea)).statusCode).toBe(401);
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/exhibitors/${fishId}`,
      payload: { organisation: 'Someone Else' },
      as: fishCo,
    });
    expect(edit.statusCode).toBe(403);
  });

  it('refuses badly formed HS codes and unknown provinces and expos', async () => {
    const bad = await post(
      `/api/expos/${EXPO}/exhibitors`,
      { ...tea, products: [{ name: { en: 'Tea' }, hsCodes: ['090'] }] },
      staff,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    expect((await post(`/api/expos/${EXPO}/exhibitors`, { ...tea, provinceId: 'atlantis' }, staff)).json().code).toBe(
      'province_not_found',
    );
    expect((await post('/api/expos/no-such-expo/exhibitors', tea, staff)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/expos/no-such-expo/exhibitors' })).json().code).toBe(
      'expo_not_found',
    );
  });

  it('lets the exhibitor edit its entry, recomputing its HS codes', async () => {
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/exhibitors/${fishId}`,
      payload: { products: [{ name: { en: 'Sturgeon' }, hsCodes: ['0302'] }] },
      as: fishCo,
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ hsCodes: ['0302'], email: 'sales@anzali-fish.example' });
    expect((await t.request({ method: 'GET', url: `/api/exhibitors/${fishId}` })).json().products[0].name.en).toBe(
      'Sturgeon',
    );
  });

  it('answers 404 for an unknown exhibitor', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await t.request({ method: 'GET', url: `/api/exhibitors/${id}` })).json().code).toBe('exhibitor_not_found');
    expect(
      (await t.request({ method: 'PATCH', url: `/api/exhibitors/${id}`, payload: {}, as: staff })).statusCode,
    ).toBe(404);
  });

  it('filters the public directory by province, country, HS prefix, language and text', async () => {
    const names = (page: { items: { organisation: string }[] }) => page.items.map((item) => item.organisation);
    expect((await list()).total).toBe(3);
    expect(names(await list('?province=mazandaran'))).toEqual(['Sari Rice Mill']);
    expect(names(await list('?country=IR'))).toHaveLength(3);
    expect(names(await list('?country=RU'))).toEqual([]);
    expect(names(await list('?hs=03'))).toEqual(['Anzali Fish Co']);
    expect(names(await list('?hs=09'))).toEqual(['Lahijan Tea']);
    expect(names(await list('?language=ru'))).toEqual(['Anzali Fish Co', 'Sari Rice Mill']);
    expect(names(await list('?q=TAREM'))).toEqual([]);
    expect(names(await list(`?q=${encodeURIComponent('тарем')}`))).toEqual(['Sari Rice Mill']);
    expect(names(await list('?q=lahijan'))).toEqual(['Lahijan Tea']);
    expect(names(await list('?q=100%25'))).toEqual([]);
    expect(names(await list(`?q=${encodeURIComponent('ماهي')}`))).toEqual(['Anzali Fish Co']);
  });

  it('pages the directory by name', async () => {
    const first = await list('?limit=2');
    const second = await list('?limit=2&offset=2');
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((item: { organisation: string }) => item.organisation)).toEqual([
      'Anzali Fish Co',
      'Lahijan Tea',
      'Sari Rice Mill',
    ]);
  });
});

describe('buyer interests', () => {
  const interest = {
    organisation: 'Astrakhan Trade',
    countryCode: 'RU',
    provinceId: 'astrakhan',
    hsCodes: ['03', '1006'],
    volume: { amount: 200, unit: 't', period: 'month' },
    note: { ru: 'Ищем поставщиков' },
    contactLanguages: ['ru'],
  };

  it('lets a buyer register its own interest and shows the matching exhibitors', async () => {
    const created = await post(`/api/expos/${EXPO}/buyer-interests`, interest, buyer);
    expect(created.statusCode).toBe(201);
    expect(created.json().matches.map((match: { organisation: string }) => match.organisation)).toEqual([
      'Anzali Fish Co',
      'Sari Rice Mill',
    ]);
  });

  it("refuses another organisation's interest and exhibitors", async () => {
    expect(
      (await post(`/api/expos/${EXPO}/buyer-interests`, { ...interest, organisation: 'Other' }, buyer)).statusCode,
    ).toBe(403);
    expect((await post(`/api/expos/${EXPO}/buyer-interests`, interest, fishCo)).statusCode).toBe(403);
    expect((await post(`/api/expos/${EXPO}/buyer-interests`, { ...interest, hsCodes: ['3'] }, staff)).statusCode).toBe(
      400,
    );
  });

  it('lists interests to signed-in users only', async () => {
    expect((await t.request({ method: 'GET', url: `/api/expos/${EXPO}/buyer-interests` })).statusCode).toBe(401);
    const listed = await t.request({ method: 'GET', url: `/api/expos/${EXPO}/buyer-interests`, as: delegate });
    expect(listed.json()).toHaveLength(1);
    expect(listed.json()[0]).toMatchObject({
      organisation: 'Astrakhan Trade',
      volume: { amount: 200, unit: 't', period: 'month' },
    });
  });
});

describe('the expo files', () => {
  const rowsOf = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('exports the directory with headers in the reader language and formulas kept as plain text', async () => {
    await post(`/api/expos/${EXPO}/exhibitors`, { ...tea, organisation: '=HYPERLINK("http://evil")' }, staff);
    const response = await t.request({ method: 'GET', url: `/api/expos/${EXPO}/exhibitors/export?lang=ru` });
    expect(response.statusCode).toBe(200);
    const rows = await rowsOf(response.rawPayload);
    expect(rows[0]![0]).toBe('Организация');
    // Shown as written, no apostrophe: a text cell (shared string) that Excel never evaluates.
    expect(rows.map((row) => row[0])).toContain('=HYPERLINK("http://evil")');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rowNumber = rows.findIndex((row) => row[0] === '=HYPERLINK("http://evil")') + 1;
    expect(sheet.getCell(rowNumber, 1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(rowNumber, 1).formula).toBeUndefined();
  });

  it('exports buyer interests with matches to signed-in users', async () => {
    expect((await t.request({ method: 'GET', url: `/api/expos/${EXPO}/buyer-interests/export` })).statusCode).toBe(401);
    const response = await t.request({
      method: 'GET',
      url: `/api/expos/${EXPO}/buyer-interests/export`,
      headers: { 'accept-language': 'fa' },
      as: staff,
    });
    const rows = await rowsOf(response.rawPayload);
    expect(rows[0]![0]).toBe('سازمان');
    expect(String(rows[1]![7])).toContain('Anzali Fish Co');
  });
});
