import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';
import { CATALOGUE_COLUMNS, itemToRow } from './catalogue-columns.ts';
import { MEDIA_TYPES, writeSheet, type FileFormat } from './transfer-files.ts';

// The JSON write endpoints are covered by write-properties.test.ts; a file body needs its own generator.
const RUNS = 200;

const { t, delegate } = setUpTestApp({ delegate: { role: 'delegation_member', provinceId: 'balkan' } });

const valid = itemToRow(
  itemContent({
    provinceId: 'balkan',
    organisation: { name: 'Türkmenbaşy port', type: 'port' },
    language: 'tk',
    title: { tk: 'Türkmenbaşy portunda ammar' },
    taxonomyCodes: ['transit_logistics'],
    quantity: { amount: 3, unit: 'ha', period: null },
    contactLanguages: ['tk', 'ru'],
  }),
);

const hostileCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1e400',
    '1e16',
    'NaN',
    '۳',
    '13',
    '2025-02-30',
    '=1+1',
    'a\u0000b',
    ';;',
    'ru;xx',
    'energy.fusion',
    '00000000-0000-4000-8000-000000000000',
    'astrakhan',
    'archived',
    '"',
    '\r\n',
  ),
);
const hostileRow = fc
  .dictionary(fc.constantFrom(...CATALOGUE_COLUMNS), hostileCell, { maxKeys: 4 })
  .map((overrides) => ({ ...valid, ...overrides }));

async function fingerprint(): Promise<string> {
  const result = await t.database.db.execute(sql`
    select concat_ws('/', (select count(*) from audit_log), (select count(*) from catalogue_item_versions),
      (select md5(coalesce(string_agg(concat_ws(',', id, status, version, title, search_text), ';' order by id), '')) from catalogue_items)) as state`);
  return (result as unknown as { rows: { state: string }[] }).rows[0]!.state;
}

it(`never answers 5xx to a file of hostile rows, and stores nothing when it refuses one (${RUNS} files)`, {
  timeout: 180_000,
}, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(hostileRow, { minLength: 1, maxLength: 3 }),
      fc.constantFrom<FileFormat>('csv', 'xlsx'),
      async (rows, format) => {
        const before = await fingerprint();
        const file = await writeSheet(
          format,
          CATALOGUE_COLUMNS,
          rows.map((row) => CATALOGUE_COLUMNS.map((column) => row[column])),
        );
        const response = await t.request({
          method: 'POST',
          url: '/api/items/import',
          payload: file,
          headers: { 'content-type': MEDIA_TYPES[format], 'accept-language': 'kk' },
          as: delegate,
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) expect(await fingerprint()).toBe(before);
      },
    ),
    { numRuns: RUNS },
  );
});
