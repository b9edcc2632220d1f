import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';
import { writeAs } from '../../platform/testing/test-context.ts';
import { createItem, removeDemoItems } from '../catalogue/write-items.ts';
import { SAVED_SEARCHES_PER_USER } from './model.ts';

const { t, secretariat, buyer, otherBuyer } = setUpTestApp({
  secretariat: { role: 'secretariat_admin' },
  buyer: { role: 'buyer', organisation: 'Astrakhan Fish House', provinceId: 'astrakhan' },
  otherBuyer: { role: 'buyer', organisation: 'Aktau Foods', provinceId: 'mangystau' },
});

// The seed writes the demo catalogue at the real time of the run, after the test clock's start.
beforeAll(() => writeAs(t.database.db, { actor: secretariat.actor }, (context) => removeDemoItems(context)));

const publish = (title: string) =>
  writeAs(t.database.db, { actor: secretariat.actor, now: t.clock.now() }, (context) =>
    createItem(context, { ...itemContent({ title: { en: title } }), status: 'published' }),
  );

const listOf = async (as = buyer) =>
  (await t.request({ method: 'GET', url: '/api/saved-searches', as })).json().savedSearches as {
    id: string;
    newItems: number;
  }[];

describe('saved searches', () => {
  it('counts the published items that are new for a kept search until it is opened again', async () => {
    const saved = await t.request({
      method: 'POST',
      url: '/api/saved-searches',
      as: buyer,
      payload: { name: 'Sturgeon fry', query: { q: 'sturgeon fry', kind: 'offer' } },
    });
    expect(saved.statusCode).toBe(201);
    const { id } = saved.json() as { id: string };
    expect((await listOf())[0]).toMatchObject({ id, newItems: 0 });

    t.clock.advanceMinutes(60);
    await publish('Sturgeon fry from the Volga delta hatchery');
    await publish('Rice straw bales');
    expect((await listOf())[0]!.newItems).toBe(1);

    t.clock.advanceMinutes(60);
    const seen = await t.request({ method: 'POST', url: `/api/saved-searches/${id}/seen`, as: buyer });
    expect(seen.statusCode).toBe(200);
    expect((await listOf())[0]!.newItems).toBe(0);
  });

  it('keeps each person’s searches their own', async () => {
    const [mine] = await listOf();
    expect(await listOf(otherBuyer)).toEqual([]);
    const foreignDelete = await t.request({ method: 'DELETE', url: `/api/saved-searches/${mine!.id}`, as: otherBuyer });
    expect(foreignDelete.statusCode).toBe(404);
    expect(foreignDelete.json().code).toBe('saved_search_not_found');
    expect(await listOf()).toHaveLength(1);
  });

  it('refuses an empty search, one the search would refuse, and more than the limit', async () => {
    const save = (query: Record<string, string>, as = otherBuyer) =>
      t.request({ method: 'POST', url: '/api/saved-searches', as, payload: { name: 'x', query } });
    expect((await save({})).statusCode).toBe(400);
    expect((await save({ q: '   ' })).statusCode).toBe(400);
    expect((await save({ country: 'Iran' })).statusCode).toBe(400);
    for (let index = 0; index < SAVED_SEARCHES_PER_USER; index++)
      expect((await save({ q: `rice ${index}` })).statusCode).toBe(201);
    const over = await save({ q: 'one more' });
    expect([over.statusCode, over.json().code]).toEqual([409, 'saved_searches_full']);
  });

  it('deletes a search, and asks to be signed in', async () => {
    const [mine] = await listOf();
    expect((await t.request({ method: 'DELETE', url: `/api/saved-searches/${mine!.id}`, as: buyer })).statusCode).toBe(
      204,
    );
    expect(await listOf()).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/saved-searches' })).statusCode).toBe(401);
  });
});
