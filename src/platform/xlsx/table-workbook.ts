import { formatInTimeZone } from 'date-fns-tz';
import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Excel number formats of the platform's workbooks. Excel shows them the same in every language,
 * so dates are ISO-ordered and times on the 24-hour clock; `text` keeps a cell text when edited.
 */
export const CELL_FORMAT = {
  text: '@',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
  time: 'hh:mm',
  integer: '0',
  decimal: '#,##0.00',
} as const;

/** A number or a date with its own Excel number format. */
export type FormattedCell = { value: number | Date; format: string };
/**
 * A value as the workbook types it: a string is a text cell, a number a number cell, a Date a date
 * cell (see `wallClock`); null and '' leave the cell empty. Booleans and codes are for the caller
 * to put into the reader's words.
 */
export type TableCell = string | number | boolean | Date | FormattedCell | null;

/** One worksheet: a bold, frozen header row, then one row per record. */
export type TableSheet = {
  name: string;
  header: readonly string[];
  rows: readonly (readonly TableCell[])[];
  /** Width of each column in characters; a column without one keeps ExcelJS's default. */
  columnWidths?: readonly number[];
  /** Excel number format of each column's number and date cells (`CELL_FORMAT`); a date without one shows date and time. */
  columnFormats?: readonly (string | undefined)[];
};

/**
 * An instant as the wall-clock time of the zone, for a date cell: Excel's dates have no zone, and
 * ExcelJS writes a Date's UTC fields, so the Date returned carries the zone's time in them.
 * Name the zone in the column's header.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  return new Date(`${formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS")}Z`);
}

/** A calendar date (`YYYY-MM-DD`) for a date cell: midnight UTC, which ExcelJS writes as that very day. */
export function calendarDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const isFormatted = (cell: TableCell): cell is FormattedCell =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/**
 * Writes one value with its type. Text needs no apostrophe against formula injection (OWASP's CSV
 * injection, `=HYPERLINK(…)`, `+98 13…`, `-1`, `@SUM(…)`): ExcelJS writes a string as a shared
 * string (`<c t="s">`), which Excel shows as the text it is and never evaluates; only a `<f>`
 * element is a formula, and ExcelJS writes one only for a `{ formula }` value. The text format
 * (`@`) keeps the cell text when someone edits it later, and keeps a phone number like
 * 09121234567 from losing its leading zero. (A reader who saves the sheet as CSV and opens that
 * again is outside what a workbook can guard; the CSV files the platform writes itself keep their
 * guard.) `table-workbook.test.ts` reads such cells back.
 */
function writeCell(target: ExcelJS.Cell, cell: TableCell, columnFormat: string | undefined): void {
  if (cell === null || cell === '') return;
  if (isFormatted(cell)) {
    target.value = cell.value;
    target.numFmt = cell.format;
    return;
  }
  target.value = cell;
  if (typeof cell === 'string') target.numFmt = CELL_FORMAT.text;
  else if (columnFormat) target.numFmt = columnFormat;
  else if (cell instanceof Date) target.numFmt = CELL_FORMAT.dateTime;
}

/**
 * The platform's exports as a workbook: every list the secretariat works with goes out this way,
 * right to left for Persian readers, each cell typed (text, number, date).
 */
export async function writeTableWorkbook(
  sheets: readonly TableSheet[],
  { rightToLeft }: { rightToLeft: boolean },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, rightToLeft }] });
    worksheet.addRow([...sheet.header]).font = { bold: true };
    for (const [index, width] of (sheet.columnWidths ?? []).entries()) worksheet.getColumn(index + 1).width = width;
    for (const [rowIndex, row] of sheet.rows.entries()) {
      const target = worksheet.getRow(rowIndex + 2);
      for (const [index, cell] of row.entries())
        writeCell(target.getCell(index + 1), cell, sheet.columnFormats?.[index]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
