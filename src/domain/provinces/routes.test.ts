import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { provinces } from './tables.ts';

const { t, astrakhanDelegate, staff } = setUpTestApp({
  astrakhanDelegate: { role: 'delegation_member', provinceId: 'astrakhan' },
  staff: { role: 'secretariat_staff' },
});

const editOverview = (id: string, overview: unknown, as?: Credentials) =>
  t.request({ method: 'PATCH', url: `/api/provinces/${id}`, payload: { overview }, as });

describe('reading provinces', () => {
  it('lists the twelve participating provinces of five countries', async () => {
    const response = await t.request({ method: 'GET', url: '/api/provinces' });
    expect(response.statusCode).toBe(200);
    const list = response.json() as { id: string; countryCode: string }[];
    expect(list).toHaveLength(12);
    expect(new Set(list.map((province) => province.countryCode))).toEqual(new Set(['IR', 'RU', 'AZ', 'KZ', 'TM']));
  });

  it('shows a province with sourced facts, its ports and its country neighbours', async () => {
    const gilan = (await t.request({ method: 'GET', url: '/api/provinces/gilan' })).json();
    expect(gilan.names.fa).toBe('استان گیلان');
    const population = gilan.facts.find((fact: { key: string }) => fact.key === 'population');
    expect(population).toMatchObject({ value: 2530696, asOf: '2016' });
    expect(population.source).toMatch(/^https?:\/\//);
    expect(gilan.ports.map((port: { id: string }) => port.id).sort()).toEqual([
      'ir-anzali',
      'ir-astara',
      'ir-caspian-port',
    ]);
    expect(gilan.sameCountry.map((other: { id: string }) => other.id).sort()).toEqual([
      'golestan',
      'hormozgan',
      'mazandaran',
      'sistan-baluchestan',
    ]);
  });

  it('answers 404 with a translated problem for an unknown province', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/provinces/atlantis',
      headers: { 'accept-language': 'fa-IR,fa;q=0.9' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'province_not_found',
      status: 404,
      type: '/api/problems/province_not_found',
    });
    expect(response.json().detail).toContain('atlantis');
  });
});

describe('editing a province overview', () => {
  it("lets a delegate write their own province's overview, and audits it", async () => {
    const response = await editOverview('astrakhan', { ru: 'Ворота России на Каспии.' }, astrakhanDelegate);
    expect(response.statusCode).toBe(200);
    expect(response.json().overview).toEqual({ ru: 'Ворота России на Каспии.' });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'province.update_profile'));
    expect(entry).toMatchObject({
      entityId: 'astrakhan',
      actorUserId: astrakhanDelegate.actor.userId,
      before: { overview: {} },
    });
  });

  it("forbids a delegate to edit another province's overview and changes nothing", async () => {
    const response = await editOverview('gilan', { ru: 'Чужой текст' }, astrakhanDelegate);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
    const [gilan] = await t.database.db.select().from(provinces).where(eq(provinces.id, 'gilan'));
    expect(gilan?.overview).toEqual({});
  });

  it('edits one profile section without touching the overview or the other sections', async () => {
    await t.request({
      method: 'PATCH',
      url: '/api/provinces/astrakhan',
      payload: { sections: { contacts: { ru: 'Отдел международных связей' } } },
      as: astrakhanDelegate,
    });
    const response = await t.request({
      method: 'PATCH',
      url: '/api/provinces/astrakhan',
      payload: { sections: { economy: { ru: 'Порты, рыболовство, судостроение.' } } },
      as: astrakhanDelegate,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().sections).toEqual({
      contacts: { ru: 'Отдел международных связей' },
      economy: { ru: 'Порты, рыболовство, судостроение.' },
    });
    expect(response.json().overview).toEqual({ ru: 'Ворота России на Каспии.' });
  });

  it('refuses an unknown section and an empty change', async () => {
    const unknown = await t.request({
      method: 'PATCH',
      url: '/api/provinces/astrakhan',
      payload: { sections: { gossip: { ru: 'x' } } },
      as: astrakhanDelegate,
    });
    expect(unknown.json().errors[0]).toMatchObject({ path: 'sections.gossip', code: 'unrecognized_keys' });
    const empty = await t.request({
      method: 'PATCH',
      url: '/api/provinces/astrakhan',
      payload: {},
      as: astrakhanDelegate,
    });
    expect(empty.json().errors[0]).toMatchObject({ code: 'nothing_to_change' });
  });

  it('asks the public to sign in', async () => {
    expect((await editOverview('gilan', { en: 'x' })).statusCode).toBe(401);
  });

  it('lets the secretariat edit any province', async () => {
    expect((await editOverview('balkan', { tk: 'Türkmenistanyň deňiz derwezesi.' }, staff)).statusCode).toBe(200);
  });

  it('rejects an unknown language and an unknown field with their paths', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/provinces/astrakhan',
      payload: { overview: { de: 'Hallo' }, colour: 'red' },
      as: astrakhanDelegate,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toContain('colour');
    expect(paths.some((path: string) => path.startsWith('overview'))).toBe(true);
  });
});
