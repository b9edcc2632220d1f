import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemContent } from '../catalogue/model.ts';
import { changeItemStatus, createItem, removeDemoItems } from '../catalogue/write-items.ts';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { writeAs } from '../../platform/testing/test-context.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const { t, secretariat, gilanOffice } = setUpTestApp({
  secretariat: { role: 'secretariat_admin' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
});

const WHEAT = 'agriculture_food.grain_cereals';
const ids: Record<string, string> = {};

const file = (name: string, content: Partial<ItemContent>, status: 'draft' | 'published' = 'published') =>
  writeAs(t.database.db, { actor: secretariat.actor }, async (context) => {
    ids[name] = (await createItem(context, { ...itemContent(content), status })).item.id;
  });

beforeAll(async () => {
  await writeAs(t.database.db, { actor: secretariat.actor }, (context) => removeDemoItems(context));
  const wheat = { taxonomyCodes: [WHEAT], hsCodes: ['100199'] };
  await file('gilanNeed', {
    ...wheat,
    kind: 'need',
    provinceId: 'gilan',
    language: 'fa',
    title: { fa: 'خرید گندم خوراکی' },
    contactLanguages: ['fa', 'ru'],
  });
  await file('astrakhanOffer', {
    ...wheat,
    provinceId: 'astrakhan',
    language: 'ru',
    title: { ru: 'Продовольственная пшеница' },
    contactLanguages: ['ru'],
  });
  await file('mangystauOffer', {
    taxonomyCodes: [WHEAT],
    hsCodes: ['1001'],
    provinceId: 'mangystau',
    language: 'kk',
    title: { kk: 'Бидай' },
  });
  await file('ownOffer', { ...wheat, provinceId: 'gilan', language: 'fa', title: { fa: 'گندم گیلان' } });
  await file('draftOffer', { ...wheat, provinceId: 'dagestan', language: 'ru', title: { ru: 'Пшеница' } }, 'draft');
  await file('archivedOffer', { ...wheat, provinceId: 'kalmykia', language: 'ru', title: { ru: 'Зерно' } });
  await writeAs(t.database.db, { actor: secretariat.actor }, (context) =>
    changeItemStatus(context, ids.archivedOffer!, 'archived'),
  );
  await file('loneNeed', {
    kind: 'need',
    provinceId: 'balkan',
    language: 'tk',
    taxonomyCodes: ['health.medical_equipment'],
    title: { tk: 'Lukmançylyk enjamlary' },
  });
});

const matchesOf = async (name: string) => {
  const response = await t.request({ method: 'GET', url: `/api/items/${ids[name]}/matches` });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    matches: { item: { id: string }; score: number; delivery: unknown; why: Record<string, unknown> }[];
  };
};

describe('matches of an item', () => {
  it('ranks offers of other provinces for a need, never its own province’s, a draft or an archived one', async () => {
    const { matches } = await matchesOf('gilanNeed');
    expect(matches.map((match) => match.item.id)).toEqual([ids.astrakhanOffer, ids.mangystauOffer]);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
  });

  it('says why: the shared subcategory and HS code, a shared language or an interpreter, and delivery by the cheapest route', async () => {
    const [astrakhan, mangystau] = (await matchesOf('gilanNeed')).matches;
    expect(astrakhan!.why).toMatchObject({ sharedTaxonomy: [WHEAT], sharedHs: ['100199'], interpreterNeeded: false });
    expect(mangystau!.why).toMatchObject({ sharedHs: ['1001'], interpreterNeeded: true });
    expect(astrakhan!.delivery).toMatchObject({
      cargo: 'bulk',
      fromProvinceId: 'astrakhan',
      toProvinceId: 'gilan',
      routeFound: true,
    });
    const delivery = astrakhan!.delivery as { hours: number; usdPerTonne: number; borders: number };
    expect(delivery.hours).toBeGreaterThan(0);
    expect(delivery.usdPerTonne).toBeGreaterThan(0);
    expect(delivery.borders).toBeGreaterThanOrEqual(1);
  });

  it('ranks needs for an offer the other way round', async () => {
    const { matches } = await matchesOf('astrakhanOffer');
    expect(matches.map((match) => match.item.id)).toEqual([ids.gilanNeed]);
  });

  it('answers an empty list for a need nobody offers, 404 for an unknown item and 400 for a malformed id', async () => {
    expect((await matchesOf('loneNeed')).matches).toEqual([]);
    const unknown = await t.request({ method: 'GET', url: '/api/items/7b0e7a6e-0000-4000-8000-000000000000/matches' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.request({ method: 'GET', url: '/api/items/not-an-id/matches?limit=0' });
    expect(malformed.statusCode).toBe(400);
  });

  it('hides a draft’s matches from the public as it hides the draft', async () => {
    const response = await t.request({ method: 'GET', url: `/api/items/${ids.draftOffer}/matches` });
    expect(response.statusCode).toBe(404);
  });
});

describe('recommended partners and the secretariat’s gaps', () => {
  it('recommends Astrakhan and Mangystau to Gilan, best first, with the matches that say so', async () => {
    const response = await t.request({ method: 'GET', url: '/api/provinces/gilan/partners' });
    const { partners } = response.json() as { partners: { provinceId: string; pairs: { own: { id: string } }[] }[] };
    expect(partners.map((partner) => partner.provinceId)).toEqual(['astrakhan', 'mangystau']);
    expect(partners[0]!.pairs[0]!.own.id).toBe(ids.gilanNeed);
    expect((await t.request({ method: 'GET', url: '/api/provinces/atlantis/partners' })).statusCode).toBe(404);
  });

  it('lists the needs without a match first, for the secretariat only', async () => {
    const url = '/api/matchmaking/coverage';
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url, as: gilanOffice })).statusCode).toBe(403);
    const response = await t.request({ method: 'GET', url, as: secretariat });
    const body = response.json() as { needs: { need: { id: string }; best: unknown }[]; bySector: unknown[] };
    expect(body.needs.map((entry) => [entry.need.id, entry.best === null])).toEqual([
      [ids.loneNeed, true],
      [ids.gilanNeed, false],
    ]);
    expect(body.bySector).toContainEqual({ sector: 'health', needs: 1, unmatched: 1 });
  });
});
