import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serverMessages } from '../../platform/i18n/server-messages.ts';
import { itemContent } from '../../platform/testing/factories/catalogue.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';
import { CATALOGUE_COLUMNS, itemToRow, type CatalogueColumn, type ExportCell } from './catalogue-columns.ts';
import { columnLabel, locateProblem } from './import-report.ts';
import { MEDIA_TYPES, writeSheet } from './transfer-files.ts';

const { t, astrakhan } = setUpTestApp({ astrakhan: { role: 'delegation_member', provinceId: 'astrakhan' } });

const fryNeed = itemContent({
  kind: 'need',
  provinceId: 'astrakhan',
  language: 'ru',
  title: { ru: 'Молодь осетровых для зарыбления' },
  taxonomyCodes: ['fisheries_aquaculture.aquaculture'],
  quantity: { amount: 500000, unit: 'pcs', period: 'year' },
  contactLanguages: ['ru'],
});

const csvOf = (rows: Record<CatalogueColumn, ExportCell>[]) =>
  writeSheet(
    'csv',
    CATALOGUE_COLUMNS,
    rows.map((row) => CATALOGUE_COLUMNS.map((column) => row[column])),
  );
const good = itemToRow(fryNeed);

async function requestReport(
  file: Buffer,
  language: string,
): Promise<{ status: number; headers: Record<string, unknown>; lines: unknown[][]; rightToLeft: boolean }> {
  const response = await t.request({
    method: 'POST',
    url: '/api/items/import/report',
    payload: file,
    headers: { 'content-type': MEDIA_TYPES.csv, 'accept-language': language },
    as: astrakhan,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const lines: unknown[][] = [];
  sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
  return {
    status: response.statusCode,
    headers: response.headers,
    lines,
    rightToLeft: sheet.views[0]?.rightToLeft ?? false,
  };
}

describe('the import report', () => {
  it('lists every problem with its row and translated column, in Russian when asked in Russian', async () => {
    const file = await csvOf([good, { ...good, quantity_unit: null }, { ...good, province_id: 'gilan' }]);
    const report = await requestReport(file, 'ru');
    expect(report.status).toBe(200);
    expect(report.headers['content-disposition']).toBe('attachment; filename="import-report.xlsx"');
    expect(report.lines).toEqual([
      ['Строка', 'Столбец', 'Ошибка'],
      [3, 'Единица измерения', 'У количества должна быть единица измерения.'],
      [4, 'Регион', 'Вам нельзя записывать предложения и потребности этого региона или этой организации.'],
    ]);
  });

  it('says in one line that a file has no problems, right to left in Persian', async () => {
    const report = await requestReport(await csvOf([good]), 'fa');
    expect(report.lines).toEqual([
      ['سطر', 'ستون', 'اشکال'],
      [undefined, undefined, 'هیچ اشکالی پیدا نشد: فایل را می‌توان همین‌طور وارد کرد.'],
    ]);
    expect(report.rightToLeft).toBe(true);
  });

  it('lists header problems on row 1, and stores nothing either way', async () => {
    const csv = (await csvOf([good])).toString('utf8').replace('currency', 'valuta');
    const report = await requestReport(Buffer.from(csv), 'en');
    expect(report.lines.slice(1)).toEqual([
      [1, 'valuta', 'This is not a column of the catalogue. Start from the header row of an exported file.'],
      [1, 'Currency', 'This column is missing from the header row.'],
    ]);
    expect((await t.request({ method: 'GET', url: '/api/items?status=draft', as: astrakhan })).json().total).toBe(0);
  });
});

describe('report cells', () => {
  it('finds the row and column a problem points at', () => {
    expect(locateProblem('rows.12.quantity_unit')).toEqual({ row: 12, column: 'quantity_unit' });
    expect(locateProblem('rows.12')).toEqual({ row: 12, column: null });
    expect(locateProblem('header.title.en')).toEqual({ row: 1, column: 'title.en' });
  });

  it('names text columns with their language in the reader’s language', () => {
    expect(columnLabel(serverMessages('ru'), 'ru', 'title_fa')).toBe('Название (персидский)');
    expect(columnLabel(serverMessages('en'), 'en', 'description_kk')).toBe('Description (Kazakh)');
    expect(columnLabel(serverMessages('en'), 'en', 'Preis')).toBe('Preis');
  });
});
