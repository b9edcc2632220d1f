import { drawTextLine, measureTextLine, type PdfDocument } from '../../../platform/pdf/pdf-text.ts';
import {
  A4_LANDSCAPE,
  type Cursor,
  drawSection,
  drawTable,
  PDF_COLOURS,
  startTablePdf,
} from '../../../platform/pdf/table-pdf.ts';
import { composePlanDocument, type PlanInput } from './plan-document.ts';

/**
 * The title with its arrow drawn as a line: neither embedded face has arrow glyphs. In a
 * right-to-left title the pieces go right to left, so the arrow (← in Persian) points at the destination.
 */
function drawTitle(cursor: Cursor, title: string): void {
  const { doc, rightToLeft, page, margin } = cursor;
  const style = { size: 16, bold: true, rightToLeft };
  const arrowWidth = style.size * 1.8;
  const pieces = title.split(/\s*([→←])\s*/);
  const visual = rightToLeft ? pieces.reverse() : pieces;
  const widthOf = (piece: string) => (piece === '→' || piece === '←' ? arrowWidth : measureTextLine(doc, piece, style));
  let x = rightToLeft ? page.width - margin - visual.reduce((sum, piece) => sum + widthOf(piece), 0) : margin;
  doc.fillColor(PDF_COLOURS.brand).strokeColor(PDF_COLOURS.brand);
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

/** The plan as a landscape A4 PDF with embedded fonts, in the reader's language, digits and direction. */
export function renderPlanPdf(input: PlanInput): Promise<Buffer> {
  const plan = composePlanDocument(input);
  const { cursor, finish } = startTablePdf({ page: A4_LANDSCAPE, title: plan.title, rightToLeft: plan.rightToLeft });
  drawTitle(cursor, plan.title);
  drawTable(cursor, plan.facts);
  drawSection(cursor, plan.summary);
  for (const route of plan.routes) drawSection(cursor, route);
  drawSection(cursor, plan.parameters);
  return finish(plan.pageLabel);
}
