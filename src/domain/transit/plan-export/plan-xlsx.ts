import ExcelJS from 'exceljs';
import {
  composePlanDocument,
  type PlanCell,
  type PlanInput,
  type PlanSection,
  type PlanTable,
} from './plan-document.ts';

type Sheet = ExcelJS.Worksheet;

// Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function writeCell(sheet: Sheet, row: number, columnNumber: number, cell: PlanCell): void {
  const target = sheet.getCell(row, columnNumber);
  const typed = cell.number ?? cell.date;
  if (typed) {
    target.value = typed.value;
    target.numFmt = typed.format;
    return;
  }
  if (!cell.text) return;
  target.value = cell.text;
  if (cell.text.includes('\n')) target.alignment = { wrapText: true, vertical: 'top' };
}

/** Writes the table's header on `firstRow` and its rows below; answers the row after the table. */
function writeTable(sheet: Sheet, table: PlanTable, firstRow: number): number {
  const header = sheet.getRow(firstRow);
  table.columns.forEach((column, index) => {
    header.getCell(index + 1).value = column.header;
    sheet.getColumn(index + 1).width = Math.max(sheet.getColumn(index + 1).width ?? 0, column.widthChars);
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const [rowIndex, cells] of table.rows.entries()) {
    for (const [index, cell] of cells.entries()) writeCell(sheet, firstRow + 1 + rowIndex, index + 1, cell);
  }
  return firstRow + 1 + table.rows.length;
}

function writeNotes(sheet: Sheet, notes: readonly string[], afterRow: number): void {
  for (const [index, note] of notes.entries()) sheet.getCell(afterRow + 1 + index, 1).value = note;
}

function addSheet(workbook: ExcelJS.Workbook, section: PlanSection, rightToLeft: boolean, headerRow = 1): Sheet {
  return workbook.addWorksheet(sheetName(section.name), {
    views: [{ state: 'frozen', ySplit: headerRow, rightToLeft }],
  });
}

/**
 * The plan as a workbook: a summary sheet (title, query, routes), one sheet per route with its
 * legs, and the parameters used. Figures stay numbers with number formats, so they can be summed,
 * and the time the plan was made a date. Text is written as shared strings, never as formulas.
 */
export async function renderPlanXlsx(input: PlanInput): Promise<Buffer> {
  const plan = composePlanDocument(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Caspian Bridge';
  workbook.created = input.generatedAt;

  const summaryHeaderRow = 5;
  const summary = addSheet(workbook, plan.summary, plan.rightToLeft, summaryHeaderRow);
  summary.getCell(1, 1).value = plan.title;
  summary.getCell(1, 1).font = { bold: true, size: 14 };
  writeTable(summary, plan.facts, 2);
  writeNotes(summary, plan.summary.notes, writeTable(summary, plan.summary.table, summaryHeaderRow));

  for (const route of plan.routes) writeTable(addSheet(workbook, route, plan.rightToLeft), route.table, 1);

  const parameters = addSheet(workbook, plan.parameters, plan.rightToLeft);
  writeNotes(parameters, plan.parameters.notes, writeTable(parameters, plan.parameters.table, 1));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
