/**
 * Which embedded font draws which letters in a PDF. Vazirmatn covers Persian, Arabic and the
 * Latin letters of all six languages (Azerbaijani Ə, Turkmen Ň Ý Ž) but no Cyrillic; Noto Sans
 * ships in @fontsource only as per-script subsets, so Russian needs its Cyrillic file and Kazakh
 * (Ә Қ Ң Ө Ұ Ү Һ) also its Cyrillic Extended one. The ranges are those of the subsets' CSS.
 */
export type FontFace = 'main' | 'cyrillic' | 'cyrillic_ext' | 'latin_ext';
export type TextRun = { face: FontFace; text: string };

const within = (codePoint: number, from: number, to: number) => codePoint >= from && codePoint <= to;

function faceOf(codePoint: number): FontFace | null {
  if (isNeutral(codePoint)) return null;
  if (
    within(codePoint, 0x0400, 0x045f) ||
    within(codePoint, 0x0490, 0x0491) ||
    within(codePoint, 0x04b0, 0x04b1) ||
    codePoint === 0x2116
  )
    return 'cyrillic';
  if (
    within(codePoint, 0x0460, 0x052f) ||
    within(codePoint, 0x1c80, 0x1c8a) ||
    within(codePoint, 0x2de0, 0x2dff) ||
    within(codePoint, 0xa640, 0xa69f)
  ) {
    return 'cyrillic_ext';
  }
  // Vazirmatn has Latin Extended-A and Ə/ə but little of Extended-B (e.g. Kazakh Latin ǵ).
  if ((within(codePoint, 0x0180, 0x024f) && codePoint !== 0x018f) || within(codePoint, 0x1e00, 0x1eff))
    return 'latin_ext';
  return 'main';
}

/**
 * Spaces are in every face, so they stay in the run around them instead of starting one.
 * Punctuation is not: the Cyrillic subsets lack even the hyphen, so it goes to the main face.
 */
function isNeutral(codePoint: number): boolean {
  return /\s/u.test(String.fromCodePoint(codePoint));
}

/** Splits text into the longest runs one face can draw, in reading order. */
export function splitIntoFontRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let pending = '';
  for (const character of text) {
    const face = faceOf(character.codePointAt(0)!);
    const last = runs.at(-1);
    if (face === null) {
      if (last) last.text += character;
      else pending += character;
    } else if (last && last.face === face) {
      last.text += character;
    } else {
      runs.push({ face, text: pending + character });
      pending = '';
    }
  }
  if (pending) runs.push({ face: 'main', text: pending });
  return runs;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG_LETTER = /\p{L}/u;

/**
 * Whether a line reads right to left. Alone, it is decided by its first letter, as the Unicode
 * bidi algorithm does for a paragraph. Inside right-to-left text (a Persian table, like HTML's
 * dir="rtl") any Persian letter makes it right to left, even after a leading "CO2", and so does
 * having no letter at all (a number); only a wholly Latin or Cyrillic line stays left to right.
 */
export function isRightToLeft(text: string, insideRightToLeft = false): boolean {
  if (insideRightToLeft) return RTL_LETTER.test(text) || !STRONG_LETTER.test(text);
  const first = [...text].find((character) => STRONG_LETTER.test(character));
  return first !== undefined && RTL_LETTER.test(first);
}

const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};
// Persian numbers group thousands with ٬ and mark decimals with ٫: one number, one run.
const LEFT_TO_RIGHT_RUN =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}](?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}.,:/\- \u066b\u066c]*[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}])?/gu;

const ARABIC_DIGITS = /[\u0660-\u0669\u066b\u066c\u06f0-\u06f9]+/gu;
const reversed = (text: string) => [...text].reverse().join('');
// fontkit takes a run's script from its first character outside Common and Inherited (the Arabic comma ، is Common).
const FIRST_SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const isReversedByLayout = (run: string) =>
  /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(FIRST_SCRIPTED.exec(run)?.[0] ?? '');

/**
 * A number or a Latin or Cyrillic word inside Persian reads left to right: its font runs in
 * order. Persian digits are Arabic script, which fontkit reverses, so they go in reversed.
 */
function leftToRightRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(ARABIC_DIGITS)) {
    runs.push(...splitIntoFontRuns(text.slice(last, match.index)), { face: 'main', text: reversed(match[0]) });
    last = match.index + match[0].length;
  }
  return [...runs, ...splitIntoFontRuns(text.slice(last))];
}

/**
 * A right-to-left line as runs in drawing order (left to right), for a layout engine that shapes
 * each run and reverses it when its first letter belongs to a right-to-left script (fontkit,
 * under pdfkit). What the Unicode bidi algorithm would do is done here: brackets are mirrored,
 * the line's pieces are put right to left, and numbers and Latin or Cyrillic words, which read
 * left to right even inside Persian, keep their order. A Persian piece goes in logical order,
 * as shaping needs; a piece of mere spaces and punctuation, which fontkit leaves as it is, is reversed here.
 */
export function splitRightToLeftLine(text: string): TextRun[] {
  const mirrored = [...text].map((character) => MIRRORED[character] ?? character).join('');
  const pieces: TextRun[][] = [];
  const rightToLeftPiece = (piece: string): TextRun[] =>
    piece ? [{ face: 'main', text: isReversedByLayout(piece) ? piece : reversed(piece) }] : [];
  let last = 0;
  for (const match of mirrored.matchAll(LEFT_TO_RIGHT_RUN)) {
    pieces.push(rightToLeftPiece(mirrored.slice(last, match.index)), leftToRightRuns(match[0]));
    last = match.index + match[0].length;
  }
  pieces.push(rightToLeftPiece(mirrored.slice(last)));
  return pieces.reverse().flat();
}
