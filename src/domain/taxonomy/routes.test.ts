import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'balkan' },
});

const get = (url: string) => t.request({ method: 'GET', url });

describe('the seeded taxonomy', () => {
  it('has ten sectors and fifty subcategories labelled in six languages', async () => {
    const nodes = (await get('/api/taxonomy')).json();
    expect(nodes.filter((node: { parentCode: string | null }) => node.parentCode === null)).toHaveLength(10);
    expect(nodes).toHaveLength(60);
    for (const node of nodes)
      expect(Object.keys(node.labels).sort(), node.code).toEqual(['az', 'en', 'fa', 'kk', 'ru', 'tk']);
  });

  it('keeps HS chapters, ISIC codes, the panel and the labels awaiting review', async () => {
    const caviar = (await get('/api/taxonomy/fisheries_aquaculture.caviar_sturgeon_products')).json();
    expect(caviar).toMatchObject({
      parentCode: 'fisheries_aquaculture',
      panelRef: 'panel-3-environment',
      labelsToReview: ['az', 'kk', 'tk'],
    });
    expect(caviar.hsCodes.length).toBeGreaterThan(0);
  });
});

describe('the secretariat keeping the taxonomy', () => {
  it('adds a subcategory, renames it in one language and confirms a label', async () => {
    const added = await t.request({
      method: 'POST',
      url: '/api/taxonomy',
      as: staff,
      payload: { code: 'energy.hydrogen', labels: { en: 'Hydrogen', ru: 'Водород' }, hsCodes: ['2804'] },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ parentCode: 'energy', retired: false });
    const renamed = await t.request({
      method: 'PATCH',
      url: '/api/taxonomy/energy.hydrogen',
      as: staff,
      payload: { labels: { fa: 'هیدروژن' } },
    });
    expect(renamed.json().labels).toEqual({ en: 'Hydrogen', ru: 'Водород', fa: 'هیدروژن' });
  });

  it('retires a sector with its subcategories, which stay readable by code', async () => {
    expect(
      (await t.request({ method: 'PATCH', url: '/api/taxonomy/culture_sport', as: staff, payload: { retired: true } }))
        .statusCode,
    ).toBe(200);
    const active = (await get('/api/taxonomy')).json().map((node: { code: string }) => node.code);
    expect(active.some((code: string) => code.startsWith('culture_sport'))).toBe(false);
    expect((await get('/api/taxonomy/culture_sport.handicrafts_carpets')).json().retired).toBe(true);
    expect((await get('/api/taxonomy?includeRetired=true')).json()).toHaveLength(61);
  });

  it('refuses to bring back a subcategory of a retired sector', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/taxonomy/culture_sport.handicrafts_carpets',
      as: staff,
      payload: { retired: false },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('taxonomy_parent_retired');
  });

  it('refuses a taken code, an unknown sector and a malformed code', async () => {
    const add = (payload: object) => t.request({ method: 'POST', url: '/api/taxonomy', as: staff, payload });
    expect((await add({ code: 'energy.oil', labels: { en: 'Oil' } })).json().code).toBe('taxonomy_code_taken');
    expect((await add({ code: 'space.satellites', labels: { en: 'Satellites' } })).json().code).toBe(
      'taxonomy_parent_not_found',
    );
    const malformed = await add({ code: 'Energy/Solar', labels: {} });
    expect(malformed.statusCode).toBe(400);
    expect(
      malformed
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['code', 'labels']);
  });

  it('is not open to delegations', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/taxonomy/energy',
      as: delegate,
      payload: { retired: true },
    });
    expect(response.statusCode).toBe(403);
    expect((await get('/api/taxonomy/energy')).json().retired).toBe(false);
  });
});
