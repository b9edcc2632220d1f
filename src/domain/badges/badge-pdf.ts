import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { ParticipantRole } from '../delegations/model.ts';
import { isRightToLeft, prepareRightToLeftLine, splitIntoFontRuns, type FontFace } from './script-runs.ts';
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

const require = createRequire(import.meta.url);
const vazirmatn = (weight: string) => require.resolve(`vazirmatn/fonts/ttf/Vazirmatn-${weight}.ttf`);
// @fontsource's export map only exposes CSS, so its font files are found beside its LICENSE.
const notoSans = (subset: string, weight: number) =>
  join(dirname(require.resolve('@fontsource/noto-sans/LICENSE')), 'files', `noto-sans-${subset}-${weight}-normal.woff`);

type FontName = `${FontFace}-${'regular' | 'bold'}`;
const FONT_FILES: Record<FontName, string> = {
  'main-regular': vazirmatn('Regular'),
  'main-bold': vazirmatn('Bold'),
  'cyrillic-regular': notoSans('cyrillic', 400),
  'cyrillic-bold': notoSans('cyrillic', 700),
  'cyrillic_ext-regular': notoSans('cyrillic-ext', 400),
  'cyrillic_ext-bold': notoSans('cyrillic-ext', 700),
  'latin_ext-regular': notoSans('latin-ext', 400),
  'latin_ext-bold': notoSans('latin-ext', 700),
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

type Doc = InstanceType<typeof PDFDocument>;
type LineStyle = { y: number; size: number; colour: string; bold?: boolean };

/** One A6 page per badge, fonts embedded (subset), QR codes drawn as vectors. */
export function renderBadgesPdf(cards: readonly BadgeCard[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, autoFirstPage: false, info: { Title: title, Creator: 'Caspian Bridge' } });
  for (const [face, file] of Object.entries(FONT_FILES)) doc.registerFont(face, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const card of cards) drawBadge(doc, card);
  doc.end();
  return done;
}

function drawBadge(doc: Doc, card: BadgeCard): void {
  doc.addPage();
  doc.rect(0, 0, PAGE.width, 56).fill(BRAND);
  drawLine(doc, card.editionName, { y: 14, size: 12, colour: '#ffffff', bold: true });
  if (card.demoLabel) drawLine(doc, card.demoLabel, { y: 60, size: 9, colour: '#c0392b', bold: true });

  let y = 82;
  y += drawLine(doc, card.nameNative, { y, size: 26, colour: INK, bold: true });
  if (card.nameLatin !== card.nameNative) y += drawLine(doc, card.nameLatin, { y, size: 14, colour: INK });
  y += 6;
  if (card.province) y += drawLine(doc, card.province, { y, size: 12, colour: INK });
  if (card.provinceEnglish && card.provinceEnglish !== card.province) y += drawLine(doc, card.provinceEnglish, { y, size: 10, colour: MUTED });

  // Two lines rather than one joined by a separator: a line must keep to one direction (see drawLine).
  const roleTop = PAGE.height - QR_SIZE - 92;
  const roleInEnglish = card.roleLabelEnglish && card.roleLabelEnglish !== card.roleLabel ? card.roleLabelEnglish : null;
  doc.rect(0, roleTop, PAGE.width, 44).fill(ROLE_COLOURS[card.role]);
  drawLine(doc, card.roleLabel, { y: roleTop + (roleInEnglish ? 3 : 10), size: 13, colour: '#ffffff', bold: true });
  if (roleInEnglish) drawLine(doc, roleInEnglish, { y: roleTop + 24, size: 9, colour: '#ffffff' });

  drawQrCode(doc, card.token, (PAGE.width - QR_SIZE) / 2, PAGE.height - QR_SIZE - 40);
  drawLine(doc, groupTokenForPrint(card.token), { y: PAGE.height - 34, size: 7.5, colour: MUTED });
}

/**
 * Draws one centred line, shrunk to fit the width, and answers the height it took.
 *
 * Right-to-left lines are passed to pdfkit with a font feature on purpose: without features
 * pdfkit lays text out word by word (to cache word widths), and fontkit then turns each word
 * into visual order on its own, so the words of a Persian name come out left to right with the
 * space on the wrong side. With a feature the whole line goes to fontkit as one run, which it
 * shapes (joined letter forms) and reverses as a whole. 'rtla' (right-to-left alternates) is
 * the feature that belongs to right-to-left text anyway. fontkit mirrors no brackets and
 * reverses numbers too, which `prepareRightToLeftLine` makes up for.
 */
function drawLine(doc: Doc, text: string, style: LineStyle): number {
  const rightToLeft = isRightToLeft(text);
  const runs = rightToLeft ? [{ face: 'main' as const, text: prepareRightToLeftLine(text) }] : splitIntoFontRuns(text);
  const options = { lineBreak: false, ...(rightToLeft && { features: ['rtla' as const] }) };
  const faceOf = (face: FontFace): FontName => `${face}-${style.bold ? 'bold' : 'regular'}`;
  const widthAt = (size: number) => runs.reduce((sum, run) => sum + doc.font(faceOf(run.face)).fontSize(size).widthOfString(run.text, options), 0);
  const size = Math.max(6, style.size * Math.min(1, TEXT_WIDTH / Math.max(1, widthAt(style.size))));
  let x = (PAGE.width - widthAt(size)) / 2;
  doc.fillColor(style.colour);
  for (const run of runs) {
    doc.font(faceOf(run.face)).fontSize(size).text(run.text, x, style.y, options);
    x += doc.widthOfString(run.text, options);
  }
  return size * 1.5;
}

/**
 * The QR code's dark modules as filled rectangles: sharp at any print size, no raster image to
 * embed. A row's neighbouring modules make one rectangle, so no hairline seams show between them.
 */
function drawQrCode(doc: Doc, token: string, left: number, top: number): void {
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
