import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { parse as parseCsv } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { megabytesOf, WORKBOOK_ARCHIVE_BOUNDS } from '../../platform/xlsx/archive-bounds.ts';
import { ArchiveRefused, readFirstWorksheetRows } from '../../platform/xlsx/read-workbook.ts';
import { writeTableWorkbook, XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { type Cell, type ExportCell, isCatalogueColumn } from './catalogue-columns.ts';

export const FILE_FORMATS = ['xlsx', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const MEDIA_TYPES: Record<FileFormat, string> = {
  xlsx: XLSX_MEDIA_TYPE,
  csv: 'text/csv',
};

/** A file as read: its header row and every later row, numbered as a spreadsheet numbers them. */
export type Sheet = { header: string[]; rows: { rowNumber: number; cells: Cell[] }[] };

const SHEET_NAME = 'catalogue';

/**
 * What one import reads at most. Rows: one import is one transaction, and a larger file is to be
 * split, not to hold the database for minutes. Columns: the catalogue has 31, so a file with more
 * than 100 is not a catalogue. Cells: Excel itself holds at most 32,767 characters in a cell.
 */
export const IMPORT_LIMITS = { maxRows: 20_000, maxColumns: 100, maxCellCharacters: 32_767 } as const;

/**
 * Reads the first worksheet of an XLSX file or a UTF-8 CSV file as a stream, and stops at the first
 * row, column or cell past `IMPORT_LIMITS` (and, for XLSX, before inflating anything when the
 * archive declares more than `WORKBOOK_ARCHIVE_BOUNDS`); anything else that cannot be read is unreadable.
 */
export async function readSheet(file: Buffer, format: FileFormat): Promise<Sheet> {
  try {
    return format === 'xlsx' ? await readXlsx(file) : await readCsv(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ArchiveRefused) throw importTooLarge([]);
    throw new AppError('import_file_unreadable');
  }
}

function importTooLarge(fieldErrors: FieldError[]): AppError {
  const { maxRows, maxColumns, maxCellCharacters } = IMPORT_LIMITS;
  const maxUnpackedMb = megabytesOf(WORKBOOK_ARCHIVE_BOUNDS.maxTotalBytes);
  return new AppError('import_too_large', { maxRows, maxColumns, maxCellCharacters, maxUnpackedMb }, { fieldErrors });
}

// The readers hand rows over in promise callbacks only, which never let a timer or another request's
// I/O in: without a pause, a 10,000-row sheet is parsed in one stretch of about a second.
const ROWS_BETWEEN_PAUSES = 200;

/** Collects a file's rows, refusing it at the first one past the limits; the header row is row 1. */
function createSheetCollector() {
  const sheet: Sheet = { header: [], rows: [] };
  return {
    sheet,
    async add(rowNumber: number, cells: Cell[]): Promise<void> {
      checkCellLengths(sheet.header, rowNumber, cells);
      if (sheet.rows.length % ROWS_BETWEEN_PAUSES === ROWS_BETWEEN_PAUSES - 1) await setImmediate();
      if (rowNumber === 1 && sheet.rows.length === 0 && sheet.header.length === 0) {
        sheet.header = cells.map((cell) => (cell === null ? '' : String(cell)));
        return;
      }
      if (sheet.rows.length >= IMPORT_LIMITS.maxRows)
        throw importTooLarge([
          { path: 'rows', code: 'too_big', params: { maximum: IMPORT_LIMITS.maxRows, origin: 'array' } },
        ]);
      sheet.rows.push({ rowNumber, cells });
    },
  };
}

function checkColumnCount(rowNumber: number, columnCount: number): void {
  if (columnCount > IMPORT_LIMITS.maxColumns)
    throw importTooLarge([
      { path: `rows.${rowNumber}`, code: 'too_big', params: { maximum: IMPORT_LIMITS.maxColumns, origin: 'array' } },
    ]);
}

function checkCellLengths(header: readonly string[], rowNumber: number, cells: readonly Cell[]): void {
  const index = cells.findIndex((cell) => typeof cell === 'string' && cell.length > IMPORT_LIMITS.maxCellCharacters);
  if (index === -1) return;
  const column = header[index];
  throw cellTooLong(column && isCatalogueColumn(column) ? `rows.${rowNumber}.${column}` : `rows.${rowNumber}`);
}

const cellTooLong = (path: string) =>
  importTooLarge([{ path, code: 'too_big', params: { maximum: IMPORT_LIMITS.maxCellCharacters, origin: 'string' } }]);

async function readXlsx(file: Buffer): Promise<Sheet> {
  const collector = createSheetCollector();
  for await (const row of readFirstWorksheetRows(file, WORKBOOK_ARCHIVE_BOUNDS)) {
    if (!row.hasValues) continue;
    checkColumnCount(row.number, row.cellCount);
    await collector.add(
      row.number,
      Array.from({ length: row.cellCount }, (_, index) => cellOf(row.getCell(index + 1).value)),
    );
  }
  return collector.sheet;
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

// csv-parse parses a whole piece before it hands over a record: a piece of 4,096 characters is some
// hundreds of rows, a few milliseconds.
const CSV_CHUNK_CHARACTERS = 4 * 1024;

async function readCsv(file: Buffer): Promise<Sheet> {
  // Excel saves "CSV" in the system's code page unless told UTF-8; such bytes are refused, not guessed.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  const parser = Readable.from(textChunksOf(text)).pipe(
    parseCsv({
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      // A quote left open would otherwise make the rest of the file one field.
      max_record_size: IMPORT_LIMITS.maxColumns * IMPORT_LIMITS.maxCellCharacters,
    }),
  );
  const collector = createSheetCollector();
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      checkColumnCount(rowNumber, record.length);
      await collector.add(rowNumber, rowNumber === 1 ? record : record.map(unguardFormula));
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw cellTooLong(`rows.${rowNumber + 1}`);
    throw error;
  }
  return collector.sheet;
}

/**
 * Pieces of the text, so that the parser hands back to the event loop between them. Each piece is
 * written to the parser whole, as UTF-8 of its own, so none may end inside a surrogate pair.
 */
function* textChunksOf(text: string): Generator<string> {
  for (let offset = 0; offset < text.length; ) {
    let end = Math.min(offset + CSV_CHUNK_CHARACTERS, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end++;
    yield text.slice(offset, end);
    offset = end;
  }
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
