import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TableCell = string | number | boolean | Date | null;

/** One worksheet: a bold, frozen header row, then one row per record. */
export type TableSheet = {
  name: string;
  header: readonly string[];
  rows: readonly (readonly TableCell[])[];
  /** Width of each column in characters; a column without one keeps ExcelJS's default. */
  columnWidths?: readonly number[];
};

/**
 * The platform's exports as a workbook: every list the secretariat works with goes out this way,
 * right to left for Persian readers.
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
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
