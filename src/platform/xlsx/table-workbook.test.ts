import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CELL_FORMAT, calendarDay, wallClock, writeTableWorkbook } from './table-workbook.ts';

async function firstSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('a table workbook', () => {
  it('writes text that looks like a number or a formula as text, with no apostrophe and no formula', async () => {
    const texts = ['+98 13 3333 4444', '09121234567', '=HYPERLINK("http://evil.example","x")', '-1+2', '@SUM(A1)'];
    const sheet = await firstSheet(
      await writeTableWorkbook([{ name: 'texts', header: ['value'], rows: texts.map((text) => [text]) }], {
        rightToLeft: false,
      }),
    );
    texts.forEach((text, index) => {
      const cell = sheet.getCell(index + 2, 1);
      expect(cell.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe(CELL_FORMAT.text);
    });
  });

  it('writes numbers, booleans and dates as such, with the column format or their own', async () => {
    const sheet = await firstSheet(
      await writeTableWorkbook(
        [
          {
            name: 'typed',
            header: ['count', 'day', 'when', 'ok', 'share'],
            rows: [
              [3, calendarDay('2025-11-20'), new Date('2025-11-20T09:30:00Z'), true, { value: 0.5, format: '0%' }],
            ],
            columnFormats: [CELL_FORMAT.integer, CELL_FORMAT.date],
          },
        ],
        { rightToLeft: true },
      ),
    );
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const [count, day, when, ok, share] = [1, 2, 3, 4, 5].map((column) => sheet.getCell(2, column));
    expect(count!.type).toBe(ExcelJS.ValueType.Number);
    expect(count!.value).toBe(3);
    expect(count!.numFmt).toBe('0');
    expect(day!.type).toBe(ExcelJS.ValueType.Date);
    expect(day!.value).toEqual(new Date('2025-11-20T00:00:00Z'));
    expect(day!.numFmt).toBe('yyyy-mm-dd');
    expect(when!.type).toBe(ExcelJS.ValueType.Date);
    expect(when!.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ok!.value).toBe(true);
    expect(share!.value).toBe(0.5);
    expect(share!.numFmt).toBe('0%');
  });

  it("puts an instant's wall-clock time in the zone into the date", () => {
    // 05:30 UTC is 09:00 in Tehran (UTC+3:30) and 09:30 in Baku (UTC+4).
    const instant = new Date('2025-11-20T05:30:00Z');
    expect(wallClock(instant, 'Asia/Tehran')).toEqual(new Date('2025-11-20T09:00:00Z'));
    expect(wallClock(instant, 'Asia/Baku')).toEqual(new Date('2025-11-20T09:30:00Z'));
    expect(wallClock(new Date('2025-11-20T22:00:00Z'), 'Asia/Tehran')).toEqual(new Date('2025-11-21T01:30:00Z'));
  });
});
