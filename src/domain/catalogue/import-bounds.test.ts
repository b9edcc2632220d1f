import { Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';
import { CATALOGUE_COLUMNS, itemToRow } from './catalogue-columns.ts';
import type { ItemContent } from './model.ts';
import { IMPORT_LIMITS, MEDIA_TYPES, writeSheet, type FileFormat } from './transfer-files.ts';

const { t, gilan, nowhere } = setUpTestApp({
  gilan: { role: 'delegation_member', provinceId: 'gilan' },
  // A delegation account not yet given its province may write no item, so it may not import either.
  nowhere: { role: 'delegation_member', provinceId: null },
});

const post = (file: Buffer, format: FileFormat, as?: Credentials, url = '/api/items/import') =>
  t.request({ method: 'POST', url, payload: file, headers: { 'content-type': MEDIA_TYPES[format] }, as });

const offer: ItemContent = {
  kind: 'offer',
  provinceId: 'gilan',
  organisation: { name: 'Astaneh rice cooperative', type: 'cooperative' },
  language: 'en',
  title: { en: 'Tarom rice from Astaneh' },
  description: { en: 'First-grade white rice' },
  taxonomyCodes: ['agriculture_food.rice'],
  hsCodes: ['1006'],
  quantity: null,
  value: null,
  seasonMonths: [],
  validFrom: null,
  validUntil: null,
  contactLanguages: ['en'],
};
const row = (content: Partial<ItemContent> = {}) =>
  CATALOGUE_COLUMNS.map((column) => itemToRow({ ...offer, ...content })[column] ?? null);

const MB = 1024 * 1024;
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
const SHEET_TAIL = '</t></is></c></row></sheetData></worksheet>';
const BOOK_ENTRIES = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="catalogue" sheetId="1" r:id="rId1"/></sheets></workbook>',
};

/**
 * An XLSX whose one inline cell holds `cellMb` MB of one letter: deflate packs it about a thousand
 * to one, so the file stays a few hundred kilobytes. Built in 1 MB pieces, never whole in memory.
 */
function zipBomb(cellMb: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, text] of Object.entries(BOOK_ENTRIES)) {
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const encoder = new TextEncoder();
  const megabyte = encoder.encode('A'.repeat(MB));
  sheet.push(encoder.encode(SHEET_HEAD));
  for (let piece = 0; piece < cellMb; piece++) sheet.push(megabyte);
  sheet.push(encoder.encode(SHEET_TAIL), true);
  zip.end();
  return Buffer.concat(parts);
}

/**
 * The same workbook with a cell of `cellMb` MB, but with every size field of the sheet's entry
 * claiming 1 KB: a reader that trusts the directory, or inflates until the data ends, would unpack it all.
 */
function lyingZipBomb(cellMb: number): Buffer {
  const bomb = zipBomb(cellMb);
  // Rewrite the uncompressed size (local header offset 22, central header offset 24) of the sheet.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = bomb.indexOf(name); at !== -1; at = bomb.indexOf(name, at + 1)) {
    if (bomb.readUInt32LE(at - 30) === 0x04034b50) bomb.writeUInt32LE(1024, at - 30 + 22);
    if (bomb.readUInt32LE(at - 46) === 0x02014b50) bomb.writeUInt32LE(1024, at - 46 + 24);
  }
  return bomb;
}

const heapAndBuffers = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

describe('an XLSX that unpacks to more than an import reads', () => {
  it('refuses a 400 MB cell packed into a few hundred kilobytes, before inflating it', async () => {
    const bomb = zipBomb(400);
    expect(bomb.length).toBeLessThan(1 * MB);
    const before = heapAndBuffers();
    const response = await post(bomb, 'xlsx', gilan);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'import_too_large' });
    expect(heapAndBuffers() - before).toBeLessThan(100 * MB);
  });

  it('cuts an entry that claims to be small at the size it claims, and refuses the broken sheet', async () => {
    const bomb = lyingZipBomb(100);
    const before = heapAndBuffers();
    const response = await post(bomb, 'xlsx', gilan);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('import_file_unreadable');
    expect(heapAndBuffers() - before).toBeLessThan(100 * MB);
  });

  it('says what an import reads at most, in the reader language', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/items/import/report',
      payload: zipBomb(60),
      headers: { 'content-type': MEDIA_TYPES.xlsx, 'accept-language': 'ru' },
      as: gilan,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'import_too_large', title: 'Файл слишком велик для импорта' });
    expect(response.json().detail).toMatch(/20\s000 строк/u);
  });
});

describe('limits enforced while the file is read', () => {
  it('stops at the first row past the limit', async () => {
    const [header, line] = (await writeSheet('csv', CATALOGUE_COLUMNS, [row()])).toString('utf8').split('\r\n');
    const file = Buffer.from([header, ...Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, () => line)].join('\r\n'));
    const response = await post(file, 'csv', gilan);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'import_too_large', errors: [{ path: 'rows', code: 'too_big' }] });
  });

  it.each(['csv', 'xlsx'] as const)(
    'names the row and column of a cell longer than Excel holds (%s)',
    async (format) => {
      const long = 'x'.repeat(IMPORT_LIMITS.maxCellCharacters + 1);
      const file = await writeSheet(format, CATALOGUE_COLUMNS, [row(), row({ description: { en: long } })]);
      const response = await post(file, format, gilan);
      expect(response.statusCode).toBe(413);
      expect(response.json().errors).toEqual([
        { path: 'rows.3.description_en', code: 'too_big', message: 'Must be at most 32,767 characters long.' },
      ]);
    },
  );

  it('refuses a row wider than any catalogue', async () => {
    const wide = [...CATALOGUE_COLUMNS, ...Array.from({ length: IMPORT_LIMITS.maxColumns }, (_, index) => `x${index}`)];
    const response = await post(Buffer.from(wide.join(',')), 'csv', gilan);
    expect(response.statusCode).toBe(413);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'rows.1', code: 'too_big' })]);
  });
});

describe('who may import, asked before the file is read', () => {
  const tooLarge = Buffer.alloc(21 * MB, 'a');

  it('answers the public 401 and not 413 for a body over the limit', async () => {
    expect((await post(tooLarge, 'csv')).statusCode).toBe(401);
  });

  it('answers 403 to an account that may write no item, whatever the file', async () => {
    const response = await post(tooLarge, 'xlsx', nowhere);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
  });
});

describe('imports take turns', () => {
  it('lets a few wait for their turn and sends the rest away with a time to come back', async () => {
    const file = await writeSheet('xlsx', CATALOGUE_COLUMNS, [row(), row()]);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => post(file, 'xlsx', gilan, '/api/items/import/report')),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(5);
    const refused = responses.filter((response) => response.statusCode === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.json().code).toBe('import_busy');
    expect(refused[0]!.headers['retry-after']).toBe('10');
  });
});
