import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';
import { CATALOGUE_COLUMNS, itemToRow, type ExportCell } from './catalogue-columns.ts';
import type { ItemContent, ItemStatus } from './model.ts';
import { MEDIA_TYPES, readSheet, writeSheet, type FileFormat } from './transfer-files.ts';

const { t, admin, gilan } = setUpTestApp({
  admin: { role: 'secretariat_admin' },
  gilan: { role: 'delegation_member', provinceId: 'gilan' },
});

type ItemJson = ItemContent & { id: string; status: ItemStatus; version: number };

const CONTENT_KEYS = [
  'kind',
  'provinceId',
  'organisation',
  'language',
  'title',
  'description',
  'taxonomyCodes',
  'hsCodes',
  'quantity',
  'value',
  'seasonMonths',
  'validFrom',
  'validUntil',
  'contactLanguages',
] as const;
const contentOf = (item: ItemJson) => Object.fromEntries(CONTENT_KEYS.map((key) => [key, item[key]]));

const get = (url: string, as?: Credentials) => t.request({ method: 'GET', url, as });
const importFile = (
  file: Buffer,
  format: FileFormat,
  as?: Credentials,
  query = '',
  headers: Record<string, string> = {},
) =>
  t.request({
    method: 'POST',
    url: `/api/items/import${query}`,
    payload: file,
    headers: { 'content-type': MEDIA_TYPES[format], ...headers },
    as,
  });
const allItems = async (as: Credentials, status = 'draft,published,archived'): Promise<ItemJson[]> =>
  (await get(`/api/items?limit=200&status=${status}`, as)).json().items;

const riceOffer: ItemContent = {
  kind: 'offer',
  provinceId: 'gilan',
  organisation: { name: 'تعاونی برنج آستانه', type: 'cooperative' },
  language: 'fa',
  title: { fa: 'برنج طارم آستانه', en: 'Tarom rice from Astaneh' },
  description: { fa: 'برنج سفید درجه یک' },
  taxonomyCodes: ['agriculture_food.rice'],
  hsCodes: ['1006'],
  quantity: { amount: 120, unit: 't', period: 'season' },
  value: { min: 1000, max: 1400, currency: 'USD' },
  seasonMonths: [8, 9, 10],
  validFrom: '2025-12-01',
  validUntil: '2026-06-30',
  contactLanguages: ['fa', 'en'],
};

const fileOf = (format: FileFormat, rows: Partial<Record<(typeof CATALOGUE_COLUMNS)[number], ExportCell>>[]) =>
  writeSheet(
    format,
    CATALOGUE_COLUMNS,
    rows.map((row) => CATALOGUE_COLUMNS.map((column) => row[column] ?? null)),
  );

describe('export', () => {
  it('answers every published item as a workbook with the catalogue columns, named for the day', async () => {
    const response = await get('/api/items/export?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(MEDIA_TYPES.xlsx);
    expect(response.headers['content-disposition']).toBe('attachment; filename="catalogue-2025-11-18.xlsx"');
    const sheet = await readSheet(response.rawPayload, 'xlsx');
    expect(sheet.header).toEqual([...CATALOGUE_COLUMNS]);
    expect(sheet.rows).toHaveLength((await get('/api/items')).json().total);
  });

  it('writes CSV as UTF-8 with a byte order mark, so that spreadsheets show Persian and Russian', async () => {
    const response = await get('/api/items/export?format=csv&province=gilan,astrakhan');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="catalogue-2025-11-18.csv"');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = response.rawPayload.toString('utf8');
    expect(text).toMatch(/\p{Script=Arabic}/u);
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('takes the filters of the list and reads every page of it', async () => {
    const listed = (await get('/api/items?kind=need&country=RU&limit=1')).json().total;
    const sheet = await readSheet((await get('/api/items/export?kind=need&country=RU')).rawPayload, 'xlsx');
    expect(sheet.rows).toHaveLength(listed);
    expect(sheet.rows.every((row) => row.cells[1] === 'need')).toBe(true);
  });
});

describe('export then import', () => {
  it.each(['xlsx', 'csv'] as const)(
    'gives every item a new version with identical content and adds none (%s)',
    async (format) => {
      const before = await allItems(admin);
      expect(before.length).toBeGreaterThan(60);
      const exported = await get(`/api/items/export?format=${format}&status=draft,published,archived`, admin);
      const response = await importFile(exported.rawPayload, format, admin);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ imported: before.length, created: 0, updated: before.length });
      const after = new Map((await allItems(admin)).map((item) => [item.id, item]));
      expect(after.size).toBe(before.length);
      for (const item of before) {
        expect(contentOf(after.get(item.id)!)).toEqual(contentOf(item));
        expect(after.get(item.id)).toMatchObject({ version: item.version + 1, status: item.status });
      }
    },
  );

  it('keeps text that starts like a formula as text, guarded in CSV', async () => {
    const row = {
      ...itemToRow({ ...riceOffer, title: { fa: 'برنج', en: '=HYPERLINK("x") rice' } }),
      id: null,
      status: null,
    };
    const created = (await importFile(await fileOf('csv', [row]), 'csv', gilan, '?status=published')).json();
    const csv = (await get('/api/items/export?format=csv&q=hyperlink')).rawPayload.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"") rice"`);
    await importFile(Buffer.from(csv), 'csv', gilan);
    expect((await get(`/api/items/${created.items[0].id}`)).json()).toMatchObject({
      version: 2,
      title: { en: '=HYPERLINK("x") rice' },
    });
  });
});

describe('import', () => {
  it("creates drafts in a delegate's province, seen by them and not by the public", async () => {
    const rows = [
      itemToRow(riceOffer),
      itemToRow({ ...riceOffer, kind: 'need', title: { fa: 'نیاز به انبار سرد' }, quantity: null, value: null }),
    ];
    const response = await importFile(await fileOf('xlsx', rows), 'xlsx', gilan);
    expect(response.statusCode, response.body).toBe(201);
    const { items, created } = response.json();
    expect(created).toBe(2);
    expect(items.map((item: { row: number }) => item.row)).toEqual([2, 3]);
    const stored = (await get(`/api/items/${items[0].id}`, gilan)).json();
    expect(stored).toMatchObject({ status: 'draft', provinceId: 'gilan', version: 1, title: riceOffer.title });
    expect((await get(`/api/items/${items[0].id}`)).statusCode).toBe(404);
    expect((await get(`/api/items/${items[1].id}/history`, gilan)).json()).toMatchObject([
      { version: 1, change: 'created' },
    ]);
  });

  it('publishes what it adds when asked to, and reads real date cells', async () => {
    const file = await fileOf('xlsx', [{ ...itemToRow(riceOffer), valid_from: null }]);
    const response = await importFile(
      await withDateCell(file, 'valid_from', new Date(Date.UTC(2026, 1, 2))),
      'xlsx',
      gilan,
      '?status=published',
    );
    const id = response.json().items[0].id;
    expect((await get(`/api/items/${id}`)).json()).toMatchObject({ status: 'published', validFrom: '2026-02-02' });
  });

  it('is not open to the public', async () => {
    const response = await importFile(await fileOf('csv', [itemToRow(riceOffer)]), 'csv');
    expect(response.statusCode).toBe(401);
  });

  it('takes only CSV and XLSX bodies', async () => {
    const response = await t.request({ method: 'POST', url: '/api/items/import', payload: { rows: [] }, as: gilan });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });
});

describe('a file with problems', () => {
  const good = itemToRow(riceOffer);
  const badRows = [
    good,
    { ...good, taxonomy_codes: 'agriculture_food.rice;energy.fusion' },
    { ...good, quantity_unit: null },
    { ...good, valid_from: '2026-05-01', valid_until: '2026-01-01' },
    { ...good, province_id: 'astrakhan' },
    good,
  ];

  it('stores nothing, and names the row and column of every problem in the request language', async () => {
    const before = await allItems(gilan);
    const response = await importFile(await fileOf('xlsx', badRows), 'xlsx', gilan, '', { 'accept-language': 'ru' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'import_rejected', title: 'Ничего не импортировано' });
    expect(response.json().errors).toEqual([
      {
        path: 'rows.3.taxonomy_codes',
        code: 'unknown_taxonomy_code',
        message: 'Нет действующей отрасли или подотрасли с таким кодом.',
      },
      { path: 'rows.4.quantity_unit', code: 'unit_required', message: expect.any(String) },
      { path: 'rows.5.valid_until', code: 'ends_before_start', message: expect.any(String) },
      { path: 'rows.6.province_id', code: 'forbidden', message: expect.stringContaining('региона') },
    ]);
    expect(await allItems(gilan)).toEqual(before);
  });

  it('refuses an id that names no item, and the same id twice', async () => {
    const [existing] = await allItems(gilan, 'draft');
    const rows = [
      { ...good, id: '00000000-0000-4000-8000-000000000000' },
      { ...itemToRow(existing!), id: existing!.id },
      { ...itemToRow(existing!), id: existing!.id },
      { ...good, id: 'abc' },
    ];
    const response = await importFile(await fileOf('csv', rows), 'csv', gilan);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'rows.2.id', code: 'unknown_item' }),
      expect.objectContaining({
        path: 'rows.4.id',
        code: 'duplicate_id',
        message: 'This id is used more than once (first on row 3).',
      }),
      expect.objectContaining({ path: 'rows.5.id', code: 'invalid_format' }),
    ]);
  });

  it('answers 400 naming the columns when the header row is not the catalogue', async () => {
    const csv = (await fileOf('csv', [good])).toString('utf8').replace('province_id', 'province');
    const response = await importFile(Buffer.from(csv), 'csv', gilan);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('import_file_unreadable');
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'header.province', code: 'unknown_column' }),
      expect.objectContaining({ path: 'header.province_id', code: 'missing_column' }),
    ]);
  });

  it('answers 400 for a file that is no spreadsheet', async () => {
    const response = await importFile(Buffer.from('PK not really a zip'), 'xlsx', gilan);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('import_file_unreadable');
  });
});

/** A workbook with one cell replaced by a real date, as a spreadsheet program would store it. */
async function withDateCell(file: Buffer, column: (typeof CATALOGUE_COLUMNS)[number], date: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const cell = workbook.worksheets[0]!.getRow(2).getCell(CATALOGUE_COLUMNS.indexOf(column) + 1);
  cell.value = date;
  cell.numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
