import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';
import { transitProvinceCache, transitScenarios } from './tables.ts';

const { t, staff, delegate, otherDelegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'gilan' },
  otherDelegate: { role: 'delegation_member', provinceId: 'astrakhan' },
});

type Step = { legId: string; fromNodeId: string; toNodeId: string; mode: string; distanceEstimated: boolean };
type Route = {
  totals: { hours: number; usdPerTonne: number; borders: number; co2KgPerTonne: number };
  steps: Step[];
  bestFor: string[];
};

const get = (url: string, language = 'en', as?: SignedInUser) =>
  t.request({ method: 'GET', url, headers: { 'accept-language': language }, as });
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: object | undefined, as: SignedInUser | null) =>
  t.request({ method, url, ...(payload && { payload }), as: as ?? undefined, headers: { 'accept-language': 'en' } });
const routes = async (query: string): Promise<Route[]> => {
  const response = await get(`/api/transit/routes?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().routes;
};
const scenarioId = async (english: string): Promise<string> => {
  const { scenarios } = (await get('/api/transit/scenarios')).json() as {
    scenarios: { id: string; name: { en?: string } }[];
  };
  return scenarios.find((scenario) => scenario.name.en?.startsWith(english))!.id;
};
const dominates = (a: Route['totals'], b: Route['totals']) =>
  a.hours <= b.hours &&
  a.usdPerTonne <= b.usdPerTonne &&
  a.borders <= b.borders &&
  a.co2KgPerTonne <= b.co2KgPerTonne &&
  (a.hours < b.hours || a.usdPerTonne < b.usdPerTonne || a.borders < b.borders || a.co2KgPerTonne < b.co2KgPerTonne);
const usesLeg = (list: Route[], legId: string) =>
  list.some((route) => route.steps.some((step) => step.legId === legId));

describe('the seeded corridor network', () => {
  it('serves sourced distances as they are and flags the rest as estimates', async () => {
    const { legs } = (await get('/api/transit/network')).json() as {
      legs: {
        id: string;
        distanceKm: number | null;
        greatCircleKm: number;
        distance: { km: number; estimated: boolean };
      }[];
    };
    const qazvinRasht = legs.find((leg) => leg.id === 'city-qazvin__city-rasht__rail')!;
    expect(qazvinRasht.distance).toEqual({ km: 164, estimated: false });
    const tehranQazvin = legs.find((leg) => leg.id === 'city-tehran__city-qazvin__rail')!;
    expect(tehranQazvin.distance.estimated).toBe(true);
    expect(tehranQazvin.distance.km).toBeCloseTo(tehranQazvin.greatCircleKm * 1.3, 5);
  });

  it('keeps a source or an assumption mark on every parameter', async () => {
    const { parameters } = (await get('/api/transit/parameters')).json() as {
      parameters: { source: string | null; assumption: boolean }[];
    };
    expect(parameters.length).toBeGreaterThan(20);
    expect(parameters.every((parameter) => parameter.assumption || parameter.source !== null)).toBe(true);
  });
});

describe('routes between provinces', () => {
  it('returns several Pareto-optimal routes from Gilan to Astrakhan, none dominating another, each best one tagged', async () => {
    const list = await routes('from=gilan&to=astrakhan&cargo=container&month=6');
    expect(list.length).toBeGreaterThan(1);
    for (const a of list) for (const b of list) expect(dominates(a.totals, b.totals)).toBe(false);
    const fastest = Math.min(...list.map((route) => route.totals.hours));
    expect(list.find((route) => route.bestFor.includes('fastest'))!.totals.hours).toBe(fastest);
    expect(list.some((route) => route.steps.some((step) => step.mode === 'sea'))).toBe(true);
    expect(list.flatMap((route) => route.steps).some((step) => step.distanceEstimated)).toBe(true);
  });

  it('uses the Rasht–Astara railway only in the scenario that opens it', async () => {
    expect(usesLeg(await routes('from=city-rasht&to=city-baku&month=6'), 'city-rasht__bc-astara__rail')).toBe(false);
    const opened = await routes(`from=city-rasht&to=city-baku&month=6&scenario=${await scenarioId('Rasht–Astara')}`);
    expect(usesLeg(opened, 'city-rasht__bc-astara__rail')).toBe(true);
  });

  it('sends nothing by sea to Astrakhan or Olya in the winter-ice months of the ice scenario, and does in summer', async () => {
    const ice = await scenarioId('Winter ice');
    const arrivesBySea = (list: Route[]) =>
      list.some((route) =>
        route.steps.some((step) => step.mode === 'sea' && ['ru-astrakhan', 'ru-olya'].includes(step.toNodeId)),
      );
    expect(arrivesBySea(await routes(`from=gilan&to=astrakhan&month=1&scenario=${ice}`))).toBe(false);
    expect(arrivesBySea(await routes(`from=gilan&to=astrakhan&month=7&scenario=${ice}`))).toBe(true);
  });

  it("answers an unknown place with 404 and the same place twice with 422, in the reader's language", async () => {
    const unknown = await get('/api/transit/routes?from=atlantis&to=gilan', 'ru');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'transit_place_not_found' });
    expect(unknown.json().detail).toContain('atlantis');
    expect(unknown.json().title).toBe('Место не найдено');
    const same = await get('/api/transit/routes?from=gilan&to=city-rasht');
    expect(same.statusCode).toBe(422);
    expect(same.json().code).toBe('transit_same_place');
    expect((await get('/api/transit/routes?from=gilan&to=astrakhan&cargo=gold')).statusCode).toBe(400);
    expect((await get('/api/transit/routes?from=gilan&to=astrakhan&month=13')).statusCode).toBe(400);
  });

  it('explains "no route" with the leg in the way: a planned leg, or a closure in a scenario', async () => {
    const closure = await send(
      'POST',
      '/api/transit/scenarios',
      { name: { en: 'Astrakhan port closed' }, changes: [{ kind: 'close_node', nodeId: 'ru-astrakhan' }] },
      delegate,
    );
    expect(closure.statusCode).toBe(201);
    const none = await get(
      `/api/transit/routes?from=kalmykia&to=dagestan&scenario=${closure.json().id}`,
      'fa',
      delegate,
    );
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe('transit_no_route');
    expect(none.json().blockedLegs).toContainEqual({ legId: 'city-elista__ru-astrakhan__road', reason: 'closed_node' });
    expect(none.json().detail).toContain('الیستا');
  });
});

describe('what-if scenarios', () => {
  const closeAstara = { name: { fa: 'بستن آستارا' }, changes: [{ kind: 'close_node', nodeId: 'bc-astara' }] };
  const scenarioCount = async () => (await t.database.db.select({ total: count() }).from(transitScenarios))[0]!.total;

  it('are saved by anyone signed in, edited by their owner or the secretariat only', async () => {
    expect((await send('POST', '/api/transit/scenarios', closeAstara, null)).statusCode).toBe(401);
    const created = await send('POST', '/api/transit/scenarios', closeAstara, delegate);
    expect(created.statusCode).toBe(201);
    expect(created.json().canEdit).toBe(true);
    const url = `/api/transit/scenarios/${created.json().id}`;
    // Someone else's scenario is not theirs to see either: it answers as if it did not exist.
    expect((await send('PUT', url, { ...closeAstara, name: { fa: 'دیگر' } }, otherDelegate)).statusCode).toBe(404);
    expect((await send('PUT', url, { ...closeAstara, name: { en: 'Astara shut' } }, staff)).statusCode).toBe(200);
    expect((await send('DELETE', url, undefined, otherDelegate)).statusCode).toBe(404);
    expect((await send('DELETE', url, undefined, delegate)).statusCode).toBe(200);
    expect((await get(`/api/transit/routes?from=gilan&to=astrakhan&scenario=${created.json().id}`)).json().code).toBe(
      'transit_scenario_not_found',
    );
  });

  it("are their owner's and the secretariat's to see, and the shared ones everyone's, without an owner", async () => {
    const own = (await send('POST', '/api/transit/scenarios', closeAstara, delegate)).json();
    expect(own).toMatchObject({ shared: false, ownerUserId: delegate.actor.userId });
    const ownersListedTo = async (as?: SignedInUser) =>
      ((await get('/api/transit/scenarios', 'en', as)).json().scenarios as { id: string; ownerUserId: string | null }[])
        .filter((scenario) => !('shared' in scenario && scenario.shared))
        .map((scenario) => scenario.ownerUserId);
    expect(await ownersListedTo()).toEqual([]);
    expect(await ownersListedTo(otherDelegate)).toEqual([]);
    expect(new Set(await ownersListedTo(delegate))).toEqual(new Set([delegate.actor.userId]));
    const listedToStaff = (await get('/api/transit/scenarios', 'en', staff)).json().scenarios as { id: string }[];
    expect(listedToStaff.map((scenario) => scenario.id)).toContain(own.id);
    const publicList = (await get('/api/transit/scenarios')).json().scenarios as { ownerUserId: string | null }[];
    expect(publicList.length).toBeGreaterThan(0);
    expect(publicList.every((scenario) => scenario.ownerUserId === null)).toBe(true);
    const planned = (as?: SignedInUser) =>
      get(`/api/transit/routes?from=gilan&to=astrakhan&scenario=${own.id}`, 'en', as);
    expect((await planned()).json().code).toBe('transit_scenario_not_found');
    expect((await planned(otherDelegate)).statusCode).toBe(404);
    expect((await planned(delegate)).statusCode).toBe(200);
    const url = `/api/transit/scenarios/${own.id}`;
    expect((await send('PUT', url, closeAstara, otherDelegate)).statusCode).toBe(404);
  });

  it('are shared by the secretariat alone, and then shown to everyone', async () => {
    const mine = await send('POST', '/api/transit/scenarios', { ...closeAstara, shared: true }, delegate);
    expect(mine.statusCode).toBe(403);
    const created = (await send('POST', '/api/transit/scenarios', closeAstara, delegate)).json();
    const url = `/api/transit/scenarios/${created.id}`;
    expect((await send('PUT', url, { ...closeAstara, shared: true }, delegate)).statusCode).toBe(403);
    const shared = await send('PUT', url, { ...closeAstara, shared: true }, staff);
    expect(shared.json()).toMatchObject({ shared: true, ownerUserId: null });
    expect((await get(`/api/transit/routes?from=gilan&to=astrakhan&scenario=${created.id}`)).statusCode).toBe(200);
    expect((await send('PUT', url, closeAstara, staff)).json()).toMatchObject({ shared: true });
  });

  it('refuses a scenario that closes everything or names what is not on the network, storing nothing', async () => {
    const before = await scenarioCount();
    const { nodes } = (await get('/api/transit/network')).json() as { nodes: { id: string }[] };
    const everything = await send(
      'POST',
      '/api/transit/scenarios',
      { name: { en: 'All shut' }, changes: nodes.map((node) => ({ kind: 'close_node', nodeId: node.id })) },
      delegate,
    );
    expect(everything.statusCode).toBe(422);
    expect(everything.json().code).toBe('transit_scenario_closes_everything');
    const { legs } = (await get('/api/transit/network')).json() as { legs: { id: string }[] };
    const everyLeg = legs.map((leg) => ({ kind: 'close_leg', legId: leg.id }));
    expect(
      (
        await send('POST', '/api/transit/scenarios', { name: { en: 'Every leg shut' }, changes: everyLeg }, delegate)
      ).json().code,
    ).toBe('transit_scenario_closes_everything');
    const unknown = await send(
      'POST',
      '/api/transit/scenarios',
      { name: { en: 'Ghost' }, changes: [{ kind: 'close_leg', legId: 'no-such__leg__rail' }] },
      delegate,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('transit_scenario_unknown_reference');
    expect(await scenarioCount()).toBe(before);
  });
});

describe('the secretariat edits the network and its parameters', () => {
  const setSpeed = (value: number, as: SignedInUser | null = staff) =>
    send('PUT', '/api/transit/parameters/speed_kmh.rail', { value, source: null, assumption: true }, as);

  it('refuses absurd values, unsourced facts and other people, and changes nothing then', async () => {
    const version = (await get('/api/transit/parameters')).json().version;
    const zero = await setSpeed(0);
    expect(zero.statusCode).toBe(422);
    expect(zero.json().code).toBe('transit_parameter_out_of_range');
    expect(zero.json().detail).toContain('greater than 0');
    expect(
      (
        await send(
          'PUT',
          '/api/transit/parameters/cost_usd_per_tonne_km.sea.bulk',
          { value: -0.01, source: null, assumption: true },
          staff,
        )
      ).statusCode,
    ).toBe(422);
    const unsourced = await send(
      'PUT',
      '/api/transit/parameters/speed_kmh.rail',
      { value: 30, source: null, assumption: false },
      staff,
    );
    expect(unsourced.statusCode).toBe(400);
    expect(unsourced.json().errors[0].path).toBe('source');
    expect(
      (
        await send(
          'PUT',
          '/api/transit/parameters/vessel_minimum_draft_m',
          { value: 6, source: null, assumption: true },
          staff,
        )
      ).json().code,
    ).toBe('transit_drafts_inconsistent');
    expect(
      (await send('PUT', '/api/transit/parameters/no_such_key', { value: 1, source: null, assumption: true }, staff))
        .statusCode,
    ).toBe(404);
    expect((await setSpeed(30, delegate)).statusCode).toBe(403);
    expect((await get('/api/transit/parameters')).json().version).toBe(version);
  });

  it('recomputes the province cache after a change: faster trains make rail routes faster', async () => {
    const cached = async () => (await t.database.db.select({ total: count() }).from(transitProvinceCache))[0]!.total;
    const url = '/api/transit/province-transit?from=golestan&to=mangystau&cargo=bulk';
    const first = (await get(url)).json();
    expect(first.routeFound).toBe(true);
    const rows = await cached();
    expect(rows).toBeGreaterThan(0);
    expect((await get(url)).json()).toEqual(first);
    expect(await cached()).toBe(rows);
    expect((await setSpeed(50)).statusCode).toBe(200);
    const after = (await get(url)).json();
    expect(after.networkVersion).toBeGreaterThan(first.networkVersion);
    expect(after.fastest.hours).toBeLessThan(first.fastest.hours);
  });

  it('opens the Rasht–Astara railway for everyone once it is marked operational', async () => {
    const { legs } = (await get('/api/transit/network')).json() as { legs: Record<string, unknown>[] };
    const {
      id,
      greatCircleKm: _gc,
      distance: _distance,
      updatedAt: _updated,
      ...leg
    } = legs.find((row) => row.id === 'city-rasht__bc-astara__rail')!;
    const url = `/api/transit/legs/${String(id)}`;
    expect((await send('PUT', url, { ...leg, status: 'operational' }, delegate)).statusCode).toBe(403);
    expect((await send('PUT', url, { ...leg, status: 'operational' }, staff)).statusCode).toBe(200);
    expect(usesLeg(await routes('from=city-rasht&to=city-baku&month=6'), 'city-rasht__bc-astara__rail')).toBe(true);
  });

  it('adds a node and a leg, refusing a leg to nowhere or a duplicate', async () => {
    const node = {
      id: 'city-sumgait',
      kind: 'city',
      countries: ['AZ'],
      provinceId: null,
      names: { en: 'Sumgait', az: 'Sumqayıt' },
      lat: 40.59,
      lon: 49.67,
      coordinatesAssumed: true,
      coordinatesNote: 'approximate',
      borderDwellHours: null,
      maxDraftM: null,
      note: null,
    };
    expect((await send('POST', '/api/transit/nodes', node, staff)).statusCode).toBe(201);
    expect((await send('POST', '/api/transit/nodes', node, staff)).json().code).toBe('transit_node_exists');
    const leg = {
      id: 'city-baku__city-sumgait__road',
      fromNodeId: 'city-baku',
      toNodeId: 'city-sumgait',
      mode: 'road',
      status: 'operational',
      distanceKm: null,
      distanceSource: null,
      crossesBorder: false,
      gaugeBreak: false,
      note: null,
    };
    const created = await send('POST', '/api/transit/legs', leg, staff);
    expect(created.statusCode).toBe(201);
    expect(created.json().distance.estimated).toBe(true);
    expect((await send('POST', '/api/transit/legs', leg, staff)).json().code).toBe('transit_leg_exists');
    expect(
      (
        await send('POST', '/api/transit/legs', { ...leg, id: 'city-baku__nowhere__road', toNodeId: 'nowhere' }, staff)
      ).json().code,
    ).toBe('transit_leg_unknown_node');
    expect(
      (await send('POST', '/api/transit/legs', { ...leg, id: 'x__y__road', distanceKm: 30 }, staff)).statusCode,
    ).toBe(400);
    expect((await send('DELETE', `/api/transit/legs/${leg.id}`, undefined, staff)).statusCode).toBe(200);
    expect((await send('DELETE', `/api/transit/legs/${leg.id}`, undefined, staff)).statusCode).toBe(404);
  });
});

describe('a plan exported as a file', () => {
  it('is a workbook with its headers in the requested language, or a PDF', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const xlsx = await get('/api/transit/plan.xlsx?from=gilan&to=astrakhan&month=6&lang=ru');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('transit-plan-gilan-astrakhan.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    expect(JSON.stringify(workbook.worksheets[0]!.getSheetValues())).toMatch(/[А-Яа-я]/);
    const pdf = await get('/api/transit/plan.pdf?from=gilan&to=astrakhan&month=6&lang=fa');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fails as the query does: an unknown place is a 404 problem, not a broken file', async () => {
    const response = await get('/api/transit/plan.pdf?from=atlantis&to=gilan');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('transit_place_not_found');
  });
});
