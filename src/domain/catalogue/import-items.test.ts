import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAuditEntries } from '../../platform/audit/record-audit.ts';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { testContext } from '../../platform/testing/test-context.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { CATALOGUE_COLUMNS, itemToRow } from './catalogue-columns.ts';
import { importItems } from './import-items.ts';
import { listItems } from './read-items.ts';
import { createCatalogueRepository } from './repository.ts';
import type { Sheet } from './transfer-files.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

it('stores nothing when a row fails while being stored, even after earlier rows were written', async () => {
  const db = database.db;
  const { items, total } = await listItems(testContext(db), { limit: 1, offset: 0 });
  const existing = items[0]!;
  // A secretariat member whose account is gone: checks pass, but a new item cannot name them as owner.
  const ghost: Actor = {
    userId: randomUUID(),
    email: 'ghost@example.org',
    displayName: 'Ghost',
    role: 'secretariat_admin',
    provinceId: null,
    organisation: null,
  };
  const cellsOf = (row: ReturnType<typeof itemToRow>) => CATALOGUE_COLUMNS.map((column) => row[column]);
  const sheet: Sheet = {
    header: [...CATALOGUE_COLUMNS],
    rows: [
      { rowNumber: 2, cells: cellsOf({ ...itemToRow(existing), title_en: 'Changed by the import' }) },
      { rowNumber: 3, cells: cellsOf({ ...itemToRow(existing), id: null }) },
    ],
  };
  const context = testContext(db, { actor: ghost, now: new Date() });

  const failure = await importItems(context, sheet, 'draft').catch((error: unknown) => error);
  expect(String(failure)).toContain('insert into "catalogue_items"');

  expect(await createCatalogueRepository(db).find(existing.id)).toEqual(existing);
  expect(await createCatalogueRepository(db).listVersions(existing.id)).toHaveLength(existing.version);
  expect((await listItems(testContext(db), { limit: 1, offset: 0 })).total).toBe(total);
  expect(await listAuditEntries(testContext(db), { actorEmail: ghost.email, limit: 10 })).toEqual([]);
});
