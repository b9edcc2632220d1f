import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors/app-error.ts';
import { writeTableWorkbook, XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import type { Cell, ExportCell } from './catalogue-columns.ts';

export const FILE_FORMATS = ['xlsx', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const MEDIA_TYPES: Record<FileFormat, string> = {
  xlsx: XLSX_MEDIA_TYPE,
  csv: 'text/csv',
};

/** A file as read: its header row and every later row, numbered as a spreadsheet numbers them. */
export type Sheet = { header: string[]; rows: { rowNumber: number; cells: Cell[] }[] };

const SHEET_NAME = 'catalogue';

/** Reads the first worksheet of an XLSX file or a UTF-8 CSV file; anything else is unreadable. */
export async function readSheet(file: Buffer, format: FileFormat): Promise<Sheet> {
  try {
    return format === 'xlsx' ? await readXlsx(file) : readCsv(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import_file_unreadable');
  }
}

async function readXlsx(file: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings predate Node's generic Buffer; the bytes are what it wants.
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return { header: [], rows: [] };
  const rows: Sheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: row.cellCount }, (_, index) => cellOf(row.getCell(index + 1).value));
    rows.push({ rowNumber, cells });
  });
  const first = rows[0]?.rowNumber === 1 ? rows.shift() : undefined;
  return { header: (first?.cells ?? []).map((cell) => (cell === null ? '' : String(cell))), rows };
}

/** Formulas count as their last computed result, rich text and links as their text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellOf(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

function readCsv(file: Buffer): Sheet {
  // Excel saves "CSV" in the system's code page unless told UTF-8; such bytes are refused, not guessed.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  const records = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  const [header = [], ...rest] = records;
  return { header, rows: rest.map((cells, index) => ({ rowNumber: index + 2, cells: cells.map(unguardFormula) })) };
}

/** Excel writes `;` between fields where the decimal mark is a comma (ru, az, kk…); the header row tells. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, firstLine.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

// A text cell that starts like a formula would run as one when the CSV is opened in a spreadsheet
// (CSV injection, OWASP); export prefixes it with an apostrophe, and import takes that off again.
const FORMULA_START = /^[=+\-@]/;
const guardFormula = (cell: ExportCell) => (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell);
const unguardFormula = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/** A catalogue file: the header row of machine keys, then one row per item. CSV is UTF-8 with a BOM. */
export async function writeSheet(
  format: FileFormat,
  header: readonly string[],
  rows: readonly ExportCell[][],
): Promise<Buffer> {
  if (format === 'csv')
    return Buffer.from(
      stringify([header, ...rows.map((row) => row.map(guardFormula))], { bom: true, record_delimiter: 'windows' }),
    );
  return writeWorkbook({ sheetName: SHEET_NAME, header, rows, rightToLeft: false });
}

export type WorkbookContent = {
  sheetName: string;
  header: readonly string[];
  rows: readonly ExportCell[][];
  rightToLeft: boolean;
  columnWidths?: number[];
};

export function writeWorkbook({
  sheetName,
  header,
  rows,
  rightToLeft,
  columnWidths,
}: WorkbookContent): Promise<Buffer> {
  return writeTableWorkbook([{ name: sheetName, header, rows, columnWidths }], { rightToLeft });
}
