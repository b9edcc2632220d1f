import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { isRightToLeft, splitIntoFontRuns, splitRightToLeftLine, type FontFace } from './script-runs.ts';

export type PdfDocument = InstanceType<typeof PDFDocument>;

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

/** Makes the faces that `drawTextLine` picks from known to the document (pdfkit embeds only the glyphs used). */
export function registerTextFonts(doc: PdfDocument): void {
  for (const [face, file] of Object.entries(FONT_FILES)) doc.registerFont(face, file);
}

/** The finished file once `doc.end()` is called. */
export function collectPdf(doc: PdfDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** `rightToLeft`: the line stands in right-to-left text (see `isRightToLeft`). */
export type TextStyle = { size: number; bold?: boolean; rightToLeft?: boolean };

/**
 * Right-to-left runs are passed to pdfkit with a font feature on purpose: without features
 * pdfkit lays text out word by word (to cache word widths), and fontkit then turns each word
 * into visual order on its own, so the words of a Persian name come out left to right with the
 * space on the wrong side. With a feature each run goes to fontkit whole, which it shapes
 * (joined letter forms) and reverses as a whole. 'rtla' (right-to-left alternates) is the
 * feature that belongs to right-to-left text anyway. fontkit mirrors no brackets and knows
 * nothing of numbers and Latin words inside Persian, which `splitRightToLeftLine` makes up for.
 */
function layOut(text: string, style: TextStyle) {
  const rightToLeft = isRightToLeft(text, style.rightToLeft);
  const runs = rightToLeft ? splitRightToLeftLine(text) : splitIntoFontRuns(text);
  const options = { lineBreak: false, ...(rightToLeft && { features: ['rtla' as const] }) };
  const fontOf = (face: FontFace): FontName => `${face}-${style.bold ? 'bold' : 'regular'}`;
  return { runs, options, fontOf };
}

/** The width one line of text takes, in points. */
export function measureTextLine(doc: PdfDocument, text: string, style: TextStyle): number {
  const { runs, options, fontOf } = layOut(text, style);
  return runs.reduce(
    (sum, run) => sum + doc.font(fontOf(run.face)).fontSize(style.size).widthOfString(run.text, options),
    0,
  );
}

/** Draws one line of text, shaped and in visual order, with its left edge at `x` and its top at `y`. */
export function drawTextLine(doc: PdfDocument, text: string, x: number, y: number, style: TextStyle): void {
  const { runs, options, fontOf } = layOut(text, style);
  let left = x;
  for (const run of runs) {
    doc.font(fontOf(run.face)).fontSize(style.size).text(run.text, left, y, options);
    left += doc.widthOfString(run.text, options);
  }
}
