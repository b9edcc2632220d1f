import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serverMessages } from '../../../platform/i18n/server-messages.ts';
import { renderPlanXlsx } from './plan-xlsx.ts';
import { planInput } from './plan-test-fixture.ts';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowTexts = (sheet: ExcelJS.Worksheet, rowNumber: number) =>
  (sheet.getRow(rowNumber).values as unknown[]).slice(1);
const SUMMARY_HEADER_ROW = 5;

describe('a transit plan as a workbook', () => {
  it('has a summary, one sheet per route and the parameters, right to left and headed in Persian', async () => {
    const t = serverMessages('fa');
    const workbook = await readBack(await renderPlanXlsx(planInput('fa')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['خلاصه', 'مسیر ۱', 'مسیر ۲', 'پارامترها']);
    expect(workbook.worksheets.every((sheet) => sheet.views[0]?.rightToLeft === true)).toBe(true);
    const [summary, firstRoute] = workbook.worksheets;
    expect(summary!.getCell(1, 1).value).toBe('برنامه ترانزیت: رشت ← بندر آستاراخان');
    expect(rowTexts(summary!, SUMMARY_HEADER_ROW).slice(0, 3)).toEqual(['مسیر', 'برتری', 'زمان']);
    expect(rowTexts(firstRoute!, 1)).toContain(t('transit.column.distance_km'));
    expect(rowTexts(firstRoute!, 1).join(' ').replaceAll('CO2', '')).not.toMatch(/[A-Za-z]/);
  });

  it('heads its sheets in Russian, left to right, for a Russian reader', async () => {
    const workbook = await readBack(await renderPlanXlsx(planInput('ru')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Сводка', 'Маршрут 1', 'Маршрут 2', 'Параметры']);
    expect(workbook.worksheets[0]!.views[0]?.rightToLeft).toBe(false);
    expect(rowTexts(workbook.worksheets[1]!, 1).slice(0, 4)).toEqual(['№', 'Откуда', 'Куда', 'Вид транспорта']);
    expect(rowTexts(workbook.worksheets[3]!, 1)).toEqual(['Параметр', 'Ключ', 'Значение', 'Единица', 'Основание']);
  });

  it('keeps figures as numbers with number formats', async () => {
    const summary = (await readBack(await renderPlanXlsx(planInput('fa')))).worksheets[0]!;
    const seaRoute = summary.getRow(SUMMARY_HEADER_ROW + 1);
    expect(seaRoute.getCell(3).value).toBe(77.6);
    expect(seaRoute.getCell(3).numFmt).toBe('#,##0.0 "ساعت"');
    expect(seaRoute.getCell(4).value).toBe(48.5);
    expect(seaRoute.getCell(4).numFmt).toBe('#,##0.00');
    expect(seaRoute.getCell(5).value).toBeCloseTo(58200);
    expect(summary.getCell(3, 3).value).toBe(1200);
  });

  it('writes the time the plan was made as a date, in UTC, which its format names', async () => {
    const summary = (await readBack(await renderPlanXlsx(planInput('ru')))).worksheets[0]!;
    const generated = summary.getCell(3, 6);
    expect(generated.type).toBe(ExcelJS.ValueType.Date);
    expect(generated.value).toEqual(new Date('2025-11-18T08:30:00Z'));
    expect(generated.numFmt).toBe('yyyy-mm-dd hh:mm "UTC"');
  });

  it('flags the estimated leg of a route and no other', async () => {
    const t = serverMessages('ru');
    const seaRoute = (await readBack(await renderPlanXlsx(planInput('ru')))).worksheets[1]!;
    const estimateColumn = rowTexts(seaRoute, 1).indexOf(t('transit.column.estimate')) + 1;
    expect(seaRoute.getCell(2, estimateColumn).value).toBeNull();
    expect(seaRoute.getCell(3, estimateColumn).value).toBe('≈ оценка');
    expect(seaRoute.getCell(3, estimateColumn - 1).value).toBe(1230.4);
  });

  it('marks the parameters that are assumptions and names the source of the others', async () => {
    const parameters = (await readBack(await renderPlanXlsx(planInput('fa')))).worksheets[3]!;
    const basisOf = (key: string) => {
      const row = [...Array(parameters.rowCount).keys()]
        .map((index) => index + 1)
        .find((rowNumber) => parameters.getCell(rowNumber, 2).value === key)!;
      return parameters.getCell(row, 5).value;
    };
    expect(basisOf('port_handling_hours')).toBe('فرض');
    expect(basisOf('cost_usd_per_tonne_km.sea.container')).toBe('منبع: UNESCAP corridor study');
  });
});
