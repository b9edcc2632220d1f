import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {
  collectPdf,
  drawTextLine,
  measureTextLine,
  registerTextFonts,
  type PdfDocument,
} from '../../platform/pdf/pdf-text.ts';
import type { ParticipantRole } from '../delegations/model.ts';
import { groupTokenForPrint } from './token-rules.ts';

/** Everything printed on one badge, already in the badge's languages. */
export type BadgeCard = {
  nameNative: string;
  nameLatin: string;
  province: string | null;
  provinceEnglish: string | null;
  role: ParticipantRole;
  roleLabel: string;
  roleLabelEnglish: string | null;
  editionName: string;
  token: string;
  demoLabel: string | null;
};

// A6 portrait in points: fits a lanyard pouch, four to an A4 sheet.
const PAGE = { width: 298, height: 420 };
const MARGIN = 18;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const QR_SIZE = 128;
const INK = '#1b2631';
const MUTED = '#5d6d7e';
const BRAND = '#0b5d7a';
const ROLE_COLOURS: Record<ParticipantRole, string> = {
  head: '#7b241c',
  member: '#0b5d7a',
  interpreter: '#117864',
  press: '#b9770e',
  speaker: '#6c3483',
  moderator: '#6c3483',
  exhibitor: '#1e8449',
  buyer: '#1e8449',
  guest: '#566573',
};

type LineStyle = { y: number; size: number; colour: string; bold?: boolean };

/** One A6 page per badge, fonts embedded (subset), QR codes drawn as vectors. */
export function renderBadgesPdf(cards: readonly BadgeCard[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Caspian Bridge' },
  });
  registerTextFonts(doc);
  const done = collectPdf(doc);
  for (const card of cards) drawBadge(doc, card);
  doc.end();
  return done;
}

function drawBadge(doc: PdfDocument, card: BadgeCard): void {
  doc.addPage();
  doc.rect(0, 0, PAGE.width, 56).fill(BRAND);
  drawLine(doc, card.editionName, { y: 14, size: 12, colour: '#ffffff', bold: true });
  if (card.demoLabel) drawLine(doc, card.demoLabel, { y: 60, size: 9, colour: '#c0392b', bold: true });

  let y = 82;
  y += drawLine(doc, card.nameNative, { y, size: 26, colour: INK, bold: true });
  if (card.nameLatin !== card.nameNative) y += drawLine(doc, card.nameLatin, { y, size: 14, colour: INK });
  y += 6;
  if (card.province) y += drawLine(doc, card.province, { y, size: 12, colour: INK });
  if (card.provinceEnglish && card.provinceEnglish !== card.province)
    y += drawLine(doc, card.provinceEnglish, { y, size: 10, colour: MUTED });

  // Two lines rather than one joined by a separator: a line must keep to one direction (see drawLine).
  const roleTop = PAGE.height - QR_SIZE - 92;
  const roleInEnglish =
    card.roleLabelEnglish && card.roleLabelEnglish !== card.roleLabel ? card.roleLabelEnglish : null;
  doc.rect(0, roleTop, PAGE.width, 44).fill(ROLE_COLOURS[card.role]);
  drawLine(doc, card.roleLabel, { y: roleTop + (roleInEnglish ? 3 : 10), size: 13, colour: '#ffffff', bold: true });
  if (roleInEnglish) drawLine(doc, roleInEnglish, { y: roleTop + 24, size: 9, colour: '#ffffff' });

  drawQrCode(doc, card.token, (PAGE.width - QR_SIZE) / 2, PAGE.height - QR_SIZE - 40);
  drawLine(doc, groupTokenForPrint(card.token), { y: PAGE.height - 34, size: 7.5, colour: MUTED });
}

/** Draws one centred line, shrunk to fit the width, and answers the height it took. */
function drawLine(doc: PdfDocument, text: string, style: LineStyle): number {
  const textStyle = (size: number) => ({ size, bold: style.bold });
  const size = Math.max(
    6,
    style.size * Math.min(1, TEXT_WIDTH / Math.max(1, measureTextLine(doc, text, textStyle(style.size)))),
  );
  doc.fillColor(style.colour);
  drawTextLine(doc, text, (PAGE.width - measureTextLine(doc, text, textStyle(size))) / 2, style.y, textStyle(size));
  return size * 1.5;
}

/**
 * The QR code's dark modules as filled rectangles: sharp at any print size, no raster image to
 * embed. A row's neighbouring modules make one rectangle, so no hairline seams show between them.
 */
function drawQrCode(doc: PdfDocument, token: string, left: number, top: number): void {
  const { modules } = QRCode.create(token, { errorCorrectionLevel: 'M' });
  const quietZone = 2;
  const cell = QR_SIZE / (modules.size + 2 * quietZone);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      const start = column;
      while (column + 1 < modules.size && modules.get(row, column + 1)) column += 1;
      doc.rect(left + (start + quietZone) * cell, top + (row + quietZone) * cell, (column - start + 1) * cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
}
