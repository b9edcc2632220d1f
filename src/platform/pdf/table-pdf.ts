import PDFDocument from 'pdfkit';
import {
  collectPdf,
  drawTextLine,
  measureTextLine,
  registerTextFonts,
  type PdfDocument,
  type TextStyle,
} from './pdf-text.ts';

/**
 * A document of headed tables as a PDF (transit plans, agendas): pages filled top to bottom, each
 * table laid out in the reading direction (its first column rightmost in Persian), rows wrapped to
 * their column, the header repeated on every page a table runs onto, page numbers at the foot.
 */

/** `widthChars` is the column's share of the line (a workbook's column width, scaled to the page). */
export type PdfColumn = { header: string; widthChars: number; numeric: boolean };
export type PdfTable = { columns: readonly PdfColumn[]; rows: readonly (readonly { text: string }[])[] };
export type PdfSection = { heading: string; table: PdfTable; notes: readonly string[] };

export type PageSize = { width: number; height: number };
export const A4_PORTRAIT: PageSize = { width: 595.28, height: 841.89 };
export const A4_LANDSCAPE: PageSize = { width: 841.89, height: 595.28 };

const MARGIN = 32;
const TABLE_TEXT = 7.5;
const LINE_HEIGHT = TABLE_TEXT * 1.6;
const CELL_PADDING = 3;
export const PDF_COLOURS = {
  ink: '#1b2631',
  muted: '#5d6d7e',
  brand: '#0b5d7a',
  headerFill: '#e4edf1',
  rule: '#c5d0d6',
};

/** Where the drawing has got to: pages are filled top to bottom. */
export type Cursor = { doc: PdfDocument; y: number; rightToLeft: boolean; page: PageSize; margin: number };
type Edge = { x: number; width: number };
type RowLayout = { lines: string[][]; height: number };

const contentWidth = (cursor: Cursor) => cursor.page.width - 2 * cursor.margin;

/** A new document whose fonts are registered; `finish` numbers the pages and gives the file. */
export function startTablePdf(options: { page: PageSize; title: string; rightToLeft: boolean }) {
  const doc = new PDFDocument({
    size: [options.page.width, options.page.height],
    margin: 0,
    bufferPages: true,
    info: { Title: options.title, Creator: 'Caspian Bridge' },
  });
  registerTextFonts(doc);
  const done = collectPdf(doc);
  const cursor: Cursor = { doc, y: MARGIN, rightToLeft: options.rightToLeft, page: options.page, margin: MARGIN };
  const finish = (pageLabel: (page: number, pages: number) => string): Promise<Buffer> => {
    drawPageNumbers(cursor, pageLabel);
    doc.end();
    return done;
  };
  return { cursor, finish };
}

/** Moves to a new page unless `height` still fits on this one; answers whether it did. */
function makeRoom(cursor: Cursor, height: number): boolean {
  if (cursor.y + height <= cursor.page.height - cursor.margin) return false;
  cursor.doc.addPage();
  cursor.y = cursor.margin;
  return true;
}

/** Breaks text at its line breaks and between words so that each line fits `width`. */
function wrapText(doc: PdfDocument, text: string, width: number, style: TextStyle): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measureTextLine(doc, candidate, style) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    return [...lines, line];
  });
}

/** Draws a line flush with the reading start (right in Persian) or, with `atEnd`, with the other side of the box. */
function drawAligned(cursor: Cursor, text: string, box: Edge, y: number, style: TextStyle, atEnd = false): void {
  const width = measureTextLine(cursor.doc, text, style);
  const flushRight = cursor.rightToLeft !== atEnd;
  drawTextLine(cursor.doc, text, flushRight ? box.x + box.width - width : box.x, y, style);
}

export function drawParagraph(cursor: Cursor, text: string, size: number, colour: string, bold = false): void {
  const style = { size, bold, rightToLeft: cursor.rightToLeft };
  const box = { x: cursor.margin, width: contentWidth(cursor) };
  for (const line of wrapText(cursor.doc, text, box.width, style)) {
    makeRoom(cursor, size * 1.6);
    cursor.doc.fillColor(colour);
    drawAligned(cursor, line, box, cursor.y, style);
    cursor.y += size * 1.6;
  }
}

/** Column boxes scaled to the page; in a right-to-left document the first column is the rightmost. */
function edgesOf(cursor: Cursor, table: PdfTable): Edge[] {
  const width = contentWidth(cursor);
  const scale = width / table.columns.reduce((sum, column) => sum + column.widthChars, 0);
  let offset = 0;
  return table.columns.map((column) => {
    const columnWidth = column.widthChars * scale;
    const x = cursor.rightToLeft ? cursor.page.width - cursor.margin - offset - columnWidth : cursor.margin + offset;
    offset += columnWidth;
    return { x, width: columnWidth };
  });
}

function layOutRow(cursor: Cursor, texts: readonly string[], edges: readonly Edge[], bold: boolean): RowLayout {
  const style = { size: TABLE_TEXT, bold, rightToLeft: cursor.rightToLeft };
  const lines = texts.map((text, index) => wrapText(cursor.doc, text, edges[index]!.width - 2 * CELL_PADDING, style));
  return { lines, height: Math.max(1, ...lines.map((cell) => cell.length)) * LINE_HEIGHT + 2 * CELL_PADDING };
}

function drawRow(cursor: Cursor, row: RowLayout, edges: readonly Edge[], table: PdfTable, header: boolean): void {
  const { doc } = cursor;
  // Each header cell on its own patch, so that a heading flush with its column's edge is not read with its neighbour's.
  if (header)
    for (const edge of edges)
      doc.rect(edge.x + 0.75, cursor.y, edge.width - 1.5, row.height).fill(PDF_COLOURS.headerFill);
  const style = { size: TABLE_TEXT, bold: header, rightToLeft: cursor.rightToLeft };
  doc.fillColor(PDF_COLOURS.ink);
  row.lines.forEach((lines, index) => {
    const edge = edges[index]!;
    const box = { x: edge.x + CELL_PADDING, width: edge.width - 2 * CELL_PADDING };
    for (const [lineIndex, line] of lines.entries()) {
      const y = cursor.y + CELL_PADDING + lineIndex * LINE_HEIGHT;
      drawAligned(cursor, line, box, y, style, table.columns[index]!.numeric);
    }
  });
  cursor.y += row.height;
  doc
    .moveTo(cursor.margin, cursor.y)
    .lineTo(cursor.page.width - cursor.margin, cursor.y)
    .lineWidth(0.5)
    .strokeColor(PDF_COLOURS.rule)
    .stroke();
}

/** Draws a table, repeating its header on every page it runs onto. */
export function drawTable(cursor: Cursor, table: PdfTable): void {
  const edges = edgesOf(cursor, table);
  const header = layOutRow(
    cursor,
    table.columns.map((column) => column.header),
    edges,
    true,
  );
  const rows = table.rows.map((cells) =>
    layOutRow(
      cursor,
      cells.map((cell) => cell.text),
      edges,
      false,
    ),
  );
  makeRoom(cursor, header.height + (rows[0]?.height ?? 0));
  drawRow(cursor, header, edges, table, true);
  for (const row of rows) {
    if (makeRoom(cursor, row.height)) drawRow(cursor, header, edges, table, true);
    drawRow(cursor, row, edges, table, false);
  }
}

/** A heading, its table and the notes under it; the heading stays with the table's header and first row. */
export function drawSection(cursor: Cursor, section: PdfSection): void {
  cursor.y += 10;
  const edges = edgesOf(cursor, section.table);
  const firstRow = section.table.rows[0]?.map((cell) => cell.text) ?? [];
  makeRoom(cursor, 20 + 2 * layOutRow(cursor, firstRow, edges, false).height + LINE_HEIGHT);
  drawParagraph(cursor, section.heading, 11, PDF_COLOURS.brand, true);
  cursor.y += 2;
  drawTable(cursor, section.table);
  cursor.y += 4;
  for (const note of section.notes) drawParagraph(cursor, note, TABLE_TEXT, PDF_COLOURS.muted);
}

function drawPageNumbers(cursor: Cursor, pageLabel: (page: number, pages: number) => string): void {
  const { doc } = cursor;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const label = pageLabel(index - start + 1, count);
    const style = { size: 7, rightToLeft: cursor.rightToLeft };
    doc.fillColor(PDF_COLOURS.muted);
    const footerTop = cursor.page.height - cursor.margin + 8;
    drawTextLine(doc, label, (cursor.page.width - measureTextLine(doc, label, style)) / 2, footerTop, style);
  }
}
