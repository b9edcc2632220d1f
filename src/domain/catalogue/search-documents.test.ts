import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { createUser } from '../../platform/testing/factories/users.ts';
import { testContext, writeAs } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { search } from '../search/search.ts';
import { changeItemStatus, createItem, removeDemoItems, updateItem } from './write-items.ts';

let database: DatabaseHandle;
let secretariat: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  secretariat = await createUser(database.db, { role: 'secretariat_admin' });
});
afterAll(() => database.close());

const foundIds = async (q: string) =>
  (await search(testContext(database.db), { q, lang: 'en', limit: 50 })).results.map((result) => result.id);

const create = (title: string, status: 'draft' | 'published') =>
  writeAs(database.db, { actor: secretariat }, async (context) => {
    const { item } = await createItem(context, { ...itemContent({ title: { en: title } }), status });
    return item;
  });

describe('the catalogue keeps search current in the same transaction as its writes', () => {
  it('makes a published item findable at once and keeps a draft out until it is published', async () => {
    const published = await create('Quillwort seedlings for wetland restoration', 'published');
    const draft = await create('Quillwort nursery trays', 'draft');
    expect(await foundIds('quillwort')).toEqual([published.id]);

    await writeAs(database.db, { actor: secretariat }, (context) => changeItemStatus(context, draft.id, 'published'));
    expect(await foundIds('quillwort')).toEqual(expect.arrayContaining([published.id, draft.id]));
  });

  it('finds an edited item by its new words, not its old ones, and forgets it once archived', async () => {
    const item = await create('Bergamot marmalade in jars', 'published');
    await writeAs(database.db, { actor: secretariat }, (context) =>
      updateItem(context, item.id, { title: { en: 'Feijoa marmalade in jars' } }),
    );
    expect(await foundIds('bergamot')).not.toContain(item.id);
    expect(await foundIds('feijoa')).toContain(item.id);

    await writeAs(database.db, { actor: secretariat }, (context) => changeItemStatus(context, item.id, 'archived'));
    expect(await foundIds('feijoa')).not.toContain(item.id);
  });

  it('takes the demo catalogue out of search when the demo is removed', async () => {
    const before = await search(testContext(database.db), { q: '', lang: 'en', limit: 1, types: ['item'] });
    expect(before.facets.type.find((facet) => facet.value === 'item')?.count).toBeGreaterThan(150);
    await writeAs(database.db, { actor: secretariat }, (context) => removeDemoItems(context));
    const after = await search(testContext(database.db), { q: '', lang: 'en', limit: 50, types: ['item'] });
    expect(after.results.length).toBeGreaterThan(0);
    expect(after.results.every((result) => !result.isDemo)).toBe(true);
  });
});
