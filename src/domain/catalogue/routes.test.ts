import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';

const { t, astrakhan, gilan, exhibitor, admin } = setUpTestApp({
  astrakhan: { role: 'delegation_member', provinceId: 'astrakhan' },
  gilan: { role: 'delegation_member', provinceId: 'gilan' },
  exhibitor: { role: 'exhibitor', organisation: 'Gilan Tea Co' },
  admin: { role: 'secretariat_admin' },
});

const sturgeonNeed = {
  kind: 'need',
  provinceId: 'astrakhan',
  language: 'ru',
  title: { ru: 'Молодь осетровых для зарыбления' },
  description: { ru: 'Нужна молодь русского осетра для восстановления запасов в дельте Волги.' },
  taxonomyCodes: ['fisheries_aquaculture.aquaculture'],
  quantity: { amount: 500000, unit: 'pcs', period: 'year' },
  validFrom: '2025-11-18',
  validUntil: '2026-11-17',
  contactLanguages: ['ru', 'en'],
};

/** An offer from Gilan written in Persian, otherwise like the sturgeon need. */
const gilanOffer = (more: object) => ({ ...sturgeonNeed, kind: 'offer', provinceId: 'gilan', language: 'fa', ...more });
const post = (payload: object, as?: Credentials) => t.request({ method: 'POST', url: '/api/items', payload, as });
const get = (url: string, as?: Credentials) => t.request({ method: 'GET', url, as });

describe('demo content', () => {
  it('is seeded, then removed in one action by an administrator only', async () => {
    expect((await t.request({ method: 'DELETE', url: '/api/items/demo', as: gilan })).statusCode).toBe(403);
    const response = await t.request({ method: 'DELETE', url: '/api/items/demo', as: admin });
    expect(response.statusCode).toBe(200);
    expect(response.json().removed).toBeGreaterThan(50);
    expect((await get('/api/items')).json().total).toBe(0);
  });
});

describe('writing an offer or a need', () => {
  let id = '';

  it('keeps a new item as a draft that only its province and the secretariat can see', async () => {
    const created = await post(sturgeonNeed, astrakhan);
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', version: 1, language: 'ru', warnings: [] });
    expect(created.json().missingTranslations).toEqual(['fa', 'en', 'az', 'kk', 'tk']);
    expect((await get(`/api/items/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/items/${id}`, gilan)).statusCode).toBe(404);
    expect((await get(`/api/items/${id}`, astrakhan)).statusCode).toBe(200);
    expect((await get('/api/items')).json().total).toBe(0);
  });

  it('publishes it for everyone, and counts it under its sector', async () => {
    const published = await t.request({
      method: 'POST',
      url: `/api/items/${id}/status`,
      payload: { status: 'published' },
      as: astrakhan,
    });
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });
    expect((await get(`/api/items/${id}`)).json().title.ru).toBe('Молодь осетровых для зарыбления');
    expect((await get('/api/items/sectors')).json()).toEqual([{ sector: 'fisheries_aquaculture', items: 1 }]);
  });

  it('versions every change and lets the author read the history', async () => {
    await t.request({
      method: 'PATCH',
      url: `/api/items/${id}`,
      payload: { title: { ru: 'Молодь осетровых для зарыбления', en: 'Sturgeon fry for restocking' } },
      as: astrakhan,
    });
    const history = (await get(`/api/items/${id}/history`, astrakhan)).json();
    expect(history.map((entry: { version: number; change: string }) => [entry.version, entry.change])).toEqual([
      [3, 'edited'],
      [2, 'published'],
      [1, 'created'],
    ]);
    expect(history[2].item.title).toEqual({ ru: 'Молодь осетровых для зарыбления' });
    expect((await get(`/api/items/${id}/history`, gilan)).statusCode).toBe(403);
  });

  it("refuses an edit by another province's delegate and keeps the item as it was", async () => {
    const response = await t.request({
      method: 'PATCH',
      url: `/api/items/${id}`,
      payload: { title: { ru: 'Чужая правка' } },
      as: gilan,
    });
    expect(response.statusCode).toBe(403);
    expect((await get(`/api/items/${id}`)).json().version).toBe(3);
  });

  it('refuses a status change that skips a step', async () => {
    const draft = (await post({ ...sturgeonNeed, title: { ru: 'Черновик' } }, astrakhan)).json();
    await t.request({
      method: 'POST',
      url: `/api/items/${draft.id}/status`,
      payload: { status: 'archived' },
      as: astrakhan,
    });
    const again = await t.request({
      method: 'POST',
      url: `/api/items/${draft.id}/status`,
      payload: { status: 'draft' },
      as: astrakhan,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_status_transition');
  });
});

describe('bad input', () => {
  const expectFieldError = async (payload: object, path: string, code: string) => {
    const response = await post(payload, astrakhan);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
  };

  it('names an unknown or retired taxonomy code', async () => {
    await expectFieldError(
      { ...sturgeonNeed, taxonomyCodes: ['energy.oil', 'energy.fusion'] },
      'taxonomyCodes.1',
      'unknown_taxonomy_code',
    );
  });

  it('wants a unit with a quantity', async () => {
    await expectFieldError({ ...sturgeonNeed, quantity: { amount: 5 } }, 'quantity.unit', 'unit_required');
  });

  it('wants the validity to end after it starts', async () => {
    await expectFieldError(
      { ...sturgeonNeed, validFrom: '2026-01-01', validUntil: '2025-01-01' },
      'validUntil',
      'ends_before_start',
    );
  });

  it('wants the title in the original language', async () => {
    await expectFieldError({ ...sturgeonNeed, language: 'fa' }, 'title.fa', 'original_language_missing');
  });

  it('checks an edit against what is stored, not only against the request', async () => {
    const item = (await post(sturgeonNeed, astrakhan)).json();
    const response = await t.request({
      method: 'PATCH',
      url: `/api/items/${item.id}`,
      payload: { validUntil: '2020-01-01' },
      as: astrakhan,
    });
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'validUntil', code: 'ends_before_start' }),
    );
  });

  it('accepts but warns about a title in a script that contradicts its language', async () => {
    const response = await post({ ...sturgeonNeed, language: 'fa', title: { fa: 'Молодь осетровых' } }, astrakhan);
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings).toEqual([expect.objectContaining({ path: 'title.fa', code: 'script_mismatch' })]);
  });
});

describe('exhibitors and buyers', () => {
  it('post for their own organisation, filed under a province', async () => {
    const response = await post(
      gilanOffer({ title: { fa: 'چای سیاه لاهیجان' }, description: {}, taxonomyCodes: ['agriculture_food.tea'] }),
      exhibitor,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().organisation).toEqual({ name: 'Gilan Tea Co', type: 'company' });
  });

  it('cannot post for another organisation', async () => {
    const response = await post(
      { ...sturgeonNeed, organisation: { name: 'Someone Else', type: 'company' } },
      exhibitor,
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('the public catalogue', () => {
  beforeAll(async () => {
    const rice = await post(
      gilanOffer({
        title: { fa: 'برنج هاشمی گیلان' },
        description: { fa: 'برنج درجه یک برای صادرات' },
        taxonomyCodes: ['agriculture_food.rice'],
        hsCodes: ['1006'],
        status: 'published',
      }),
      gilan,
    );
    expect(rice.statusCode, rice.body).toBe(201);
  });

  it('filters by country, kind, sector and HS chapter', async () => {
    const titles = async (query: string) =>
      (await get(`/api/items?${query}`))
        .json()
        .items.map((item: { title: Record<string, string> }) => item.title.ru ?? item.title.fa);
    expect(await titles('country=IR')).toEqual(['برنج هاشمی گیلان']);
    expect(await titles('kind=need')).toEqual(['Молодь осетровых для зарыбления']);
    expect(await titles('sector=agriculture_food')).toEqual(['برنج هاشمی گیلان']);
    expect(await titles('hs=10')).toEqual(['برنج هاشمی گیلان']);
    expect(await titles('validOn=2030-01-01')).toEqual([]);
  });

  it('finds Persian text typed with Arabic letters, and Russian with ё or е', async () => {
    expect((await get(`/api/items?q=${encodeURIComponent('درجه يك')}`)).json().total).toBe(1);
    expect((await get(`/api/items?q=${encodeURIComponent('ОСЕТРОВЫХ')}`)).json().total).toBe(1);
  });

  it('never lists drafts to the public, even when asked for them', async () => {
    const response = (await get('/api/items?status=draft,archived')).json();
    expect(response.items.every((item: { status: string }) => item.status === 'published')).toBe(true);
  });
});
