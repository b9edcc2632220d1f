import PDFDocument from 'pdfkit';
import {
  collectPdf,
  drawTextLine,
  measureTextLine,
  registerTextFonts,
  type PdfDocument,
  type TextStyle,
} from '../../../platform/pdf/pdf-text.ts';
import {
  composePlanDocument,
  type PlanDocument,
  type PlanInput,
  type PlanSection,
  type PlanTable,
} from './plan-document.ts';

// A4 landscape in points: the leg table has eleven columns.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 32;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const FOOTER_TOP = PAGE.height - MARGIN + 8;
const CONTENT_BOTTOM = PAGE.height - MARGIN;
const TABLE_TEXT = 7.5;
const LINE_HEIGHT = TABLE_TEXT * 1.6;
const CELL_PADDING = 3;
const INK = '#1b2631';
const MUTED = '#5d6d7e';
const BRAND = '#0b5d7a';
const HEADER_FILL = '#e4edf1';
const RULE = '#c5d0d6';

/** Where the drawing has got to: pages are filled top to bottom, each table in the reading direction. */
type Cursor = { doc: PdfDocument; y: number; rightToLeft: boolean };
type Edge = { x: number; width: number };
type RowLayout = { lines: string[][]; height: number };

/** Moves to a new page unless `height` still fits on this one; answers whether it did. */
function makeRoom(cursor: Cursor, height: number): boolean {
  if (cursor.y + height <= CONTENT_BOTTOM) return false;
  cursor.doc.addPage();
  cursor.y = MARGIN;
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

function drawParagraph(cursor: Cursor, text: string, size: number, colour: string, bold = false): void {
  const style = { size, bold, rightToLeft: cursor.rightToLeft };
  const box = { x: MARGIN, width: CONTENT_WIDTH };
  for (const line of wrapText(cursor.doc, text, CONTENT_WIDTH, style)) {
    makeRoom(cursor, size * 1.6);
    cursor.doc.fillColor(colour);
    drawAligned(cursor, line, box, cursor.y, style);
    cursor.y += size * 1.6;
  }
}

/** Column boxes scaled to the page; in a right-to-left document the first column is the rightmost. */
function edgesOf(table: PlanTable, rightToLeft: boolean): Edge[] {
  const scale = CONTENT_WIDTH / table.columns.reduce((sum, column) => sum + column.widthChars, 0);
  let offset = 0;
  return table.columns.map((column) => {
    const width = column.widthChars * scale;
    const x = rightToLeft ? PAGE.width - MARGIN - offset - width : MARGIN + offset;
    offset += width;
    return { x, width };
  });
}

function layOutRow(cursor: Cursor, texts: readonly string[], edges: readonly Edge[], bold: boolean): RowLayout {
  const style = { size: TABLE_TEXT, bold, rightToLeft: cursor.rightToLeft };
  const lines = texts.map((text, index) => wrapText(cursor.doc, text, edges[index]!.width - 2 * CELL_PADDING, style));
  return { lines, height: Math.max(1, ...lines.map((cell) => cell.length)) * LINE_HEIGHT + 2 * CELL_PADDING };
}

function drawRow(cursor: Cursor, row: RowLayout, edges: readonly Edge[], table: PlanTable, header: boolean): void {
  const { doc } = cursor;
  // Each header cell on its own patch, so that a heading flush with its column's edge is not read with its neighbour's.
  if (header)
    for (const edge of edges) doc.rect(edge.x + 0.75, cursor.y, edge.width - 1.5, row.height).fill(HEADER_FILL);
  const style = { size: TABLE_TEXT, bold: header, rightToLeft: cursor.rightToLeft };
  doc.fillColor(INK);
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
    .moveTo(MARGIN, cursor.y)
    .lineTo(MARGIN + CONTENT_WIDTH, cursor.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/** Draws a table, repeating its header on every page it runs onto. */
function drawTable(cursor: Cursor, table: PlanTable): void {
  const edges = edgesOf(table, cursor.rightToLeft);
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

function drawSection(cursor: Cursor, section: PlanSection): void {
  cursor.y += 10;
  // The heading stays with the table's header and first row.
  const edges = edgesOf(section.table, cursor.rightToLeft);
  const firstRow = section.table.rows[0]?.map((cell) => cell.text) ?? [];
  makeRoom(cursor, 20 + 2 * layOutRow(cursor, firstRow, edges, false).height + LINE_HEIGHT);
  drawParagraph(cursor, section.heading, 11, BRAND, true);
  cursor.y += 2;
  drawTable(cursor, section.table);
  cursor.y += 4;
  for (const note of section.notes) drawParagraph(cursor, note, TABLE_TEXT, MUTED);
}

/**
 * The title with its arrow drawn as a line: neither embedded face has arrow glyphs. In a
 * right-to-left title the pieces go right to left, so the arrow (← in Persian) points at the destination.
 */
function drawTitle(cursor: Cursor, title: string): void {
  const { doc, rightToLeft } = cursor;
  const style = { size: 16, bold: true, rightToLeft };
  const arrowWidth = style.size * 1.8;
  const pieces = title.split(/\s*([→←])\s*/);
  const visual = rightToLeft ? pieces.reverse() : pieces;
  const widthOf = (piece: string) => (piece === '→' || piece === '←' ? arrowWidth : measureTextLine(doc, piece, style));
  let x = rightToLeft ? PAGE.width - MARGIN - visual.reduce((sum, piece) => sum + widthOf(piece), 0) : MARGIN;
  doc.fillColor(BRAND).strokeColor(BRAND);
  for (const piece of visual) {
    if (piece === '→' || piece === '←') drawArrow(doc, x, cursor.y + style.size * 0.8, arrowWidth, piece === '→');
    else drawTextLine(doc, piece, x, cursor.y, style);
    x += widthOf(piece);
  }
  cursor.y += style.size * 2;
}

function drawArrow(doc: PdfDocument, x: number, y: number, width: number, pointsRight: boolean): void {
  const [tail, head] = pointsRight ? [x + width * 0.2, x + width * 0.8] : [x + width * 0.8, x + width * 0.2];
  const back = pointsRight ? head - 5 : head + 5;
  doc.moveTo(tail, y).lineTo(back, y).lineWidth(1.6).stroke();
  doc
    .moveTo(head, y)
    .lineTo(back, y - 3.5)
    .lineTo(back, y + 3.5)
    .closePath()
    .fill();
}

function drawPageNumbers(doc: PdfDocument, plan: PlanDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const label = plan.pageLabel(index - start + 1, count);
    const style = { size: 7, rightToLeft: plan.rightToLeft };
    doc.fillColor(MUTED);
    drawTextLine(doc, label, (PAGE.width - measureTextLine(doc, label, style)) / 2, FOOTER_TOP, style);
  }
}

/** The plan as a landscape A4 PDF with embedded fonts, in the reader's language, digits and direction. */
export function renderPlanPdf(input: PlanInput): Promise<Buffer> {
  const plan = composePlanDocument(input);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    info: { Title: plan.title, Creator: 'Caspian Bridge' },
  });
  registerTextFonts(doc);
  const done = collectPdf(doc);
  const cursor: Cursor = { doc, y: MARGIN, rightToLeft: plan.rightToLeft };
  drawTitle(cursor, plan.title);
  drawTable(cursor, plan.facts);
  drawSection(cursor, plan.summary);
  for (const route of plan.routes) drawSection(cursor, route);
  drawSection(cursor, plan.parameters);
  drawPageNumbers(doc, plan);
  doc.end();
  return done;
}
