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
  if (within(codePoint, 0x0400, 0x045f) || within(codePoint, 0x0490, 0x0491) || within(codePoint, 0x04b0, 0x04b1) || codePoint === 0x2116) return 'cyrillic';
  if (within(codePoint, 0x0460, 0x052f) || within(codePoint, 0x1c80, 0x1c8a) || within(codePoint, 0x2de0, 0x2dff) || within(codePoint, 0xa640, 0xa69f)) {
    return 'cyrillic_ext';
  }
  // Vazirmatn has Latin Extended-A and Ə/ə but little of Extended-B (e.g. Kazakh Latin ǵ).
  if ((within(codePoint, 0x0180, 0x024f) && codePoint !== 0x018f) || within(codePoint, 0x1e00, 0x1eff)) return 'latin_ext';
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
 * Whether a line reads right to left, decided by its first letter as the Unicode bidi algorithm
 * does for a paragraph; a line without letters (a number) takes the direction around it.
 */
export function isRightToLeft(text: string, withoutLetters = false): boolean {
  const first = [...text].find((character) => STRONG_LETTER.test(character));
  return first === undefined ? withoutLetters : RTL_LETTER.test(first);
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };
// Persian numbers group thousands with ٬ and mark decimals with ٫: one number, one run.
const LEFT_TO_RIGHT_RUN = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}](?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}.,:/\- \u066b\u066c]*[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}])?/gu;

/**
 * Prepares a right-to-left line for a layout engine that shapes it and then reverses the whole
 * line into visual order (fontkit, under pdfkit). What the Unicode bidi algorithm would do is
 * done here beforehand: brackets are mirrored, and numbers and Latin or Cyrillic words, which
 * read left to right even inside Persian, are reversed so that the final reversal restores them.
 */
export function prepareRightToLeftLine(text: string): string {
  const mirrored = [...text].map((character) => MIRRORED[character] ?? character).join('');
  return mirrored.replace(LEFT_TO_RIGHT_RUN, (run) => [...run].reverse().join(''));
}
