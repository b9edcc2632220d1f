import { describe, expect, it } from 'vitest';
import { isRightToLeft, splitIntoFontRuns, splitRightToLeftLine } from './script-runs.ts';

describe('font runs of a PDF line', () => {
  it('draws Persian and Latin names with the main face in one run', () => {
    expect(splitIntoFontRuns('محمد رضایی')).toEqual([{ face: 'main', text: 'محمد رضایی' }]);
    expect(splitIntoFontRuns('Şəmsi Əliyev')).toEqual([{ face: 'main', text: 'Şəmsi Əliyev' }]);
  });

  it('draws Russian with the Cyrillic face, spaces included', () => {
    expect(splitIntoFontRuns('Анна Петрова')).toEqual([{ face: 'cyrillic', text: 'Анна Петрова' }]);
  });

  it('draws punctuation with the main face, which the Cyrillic subsets lack', () => {
    expect(splitIntoFontRuns('Анна-Мария')).toEqual([
      { face: 'cyrillic', text: 'Анна' },
      { face: 'main', text: '-' },
      { face: 'cyrillic', text: 'Мария' },
    ]);
  });

  it('switches to Cyrillic Extended for the Kazakh letters only', () => {
    expect(splitIntoFontRuns('Әлихан Қасымов')).toEqual([
      { face: 'cyrillic_ext', text: 'Ә' },
      { face: 'cyrillic', text: 'лихан ' },
      { face: 'cyrillic_ext', text: 'Қ' },
      { face: 'cyrillic', text: 'асымов' },
    ]);
  });

  it('sends Latin Extended-B letters that the main face lacks to Latin Extended', () => {
    expect(splitIntoFontRuns('Aǵa')).toEqual([
      { face: 'main', text: 'A' },
      { face: 'latin_ext', text: 'ǵ' },
      { face: 'main', text: 'a' },
    ]);
  });

  it('keeps leading spaces with the first letter and a text of spaces alone in the main face', () => {
    expect(splitIntoFontRuns(' Пётр')).toEqual([{ face: 'cyrillic', text: ' Пётр' }]);
    expect(splitIntoFontRuns('  ')).toEqual([{ face: 'main', text: '  ' }]);
    expect(splitIntoFontRuns('')).toEqual([]);
  });
});

describe('direction of a PDF line', () => {
  it('is right to left when the first letter is Persian or Arabic', () => {
    expect(isRightToLeft('محمد رضایی')).toBe(true);
    expect(isRightToLeft('(۱) گیلان')).toBe(true);
    expect(isRightToLeft('Gilan گیلان')).toBe(false);
    expect(isRightToLeft('Иван')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });

  it('inside right-to-left text, reads a number or any line with a Persian letter right to left', () => {
    expect(isRightToLeft('۱۲٬۳۴۵', true)).toBe(true);
    expect(isRightToLeft('CO2، کیلوگرم بر تن', true)).toBe(true);
    expect(isRightToLeft('speed_kmh.rail', true)).toBe(false);
    expect(isRightToLeft('12,345')).toBe(false);
    expect(isRightToLeft('CO2، کیلوگرم بر تن')).toBe(false);
  });
});

describe('a right-to-left line split for a layout that shapes and reverses right-to-left runs', () => {
  const reverse = (text: string) => [...text].reverse().join('');
  // What fontkit does with each run: reverse it when its first character with a script is Arabic.
  const shown = (text: string) =>
    splitRightToLeftLine(text)
      .map((run) =>
        /\p{Script=Arabic}/u.test(/[^\p{Script=Common}\p{Script=Inherited}]/u.exec(run.text)?.[0] ?? '')
          ? reverse(run.text)
          : run.text,
      )
      .join('');

  it('passes Persian letters in reading order, for shaping', () => {
    expect(splitRightToLeftLine('رضا کاظمی')).toEqual([{ face: 'main', text: 'رضا کاظمی' }]);
  });

  it('comes out with brackets facing the right way', () => {
    expect(shown('نمونه (نمایشی)')).toBe(reverse('نمونه )نمایشی('));
  });

  it('keeps numbers and Latin words reading left to right, placed right to left', () => {
    const visual = shown('اجلاس ۲۰۲۵ در Rasht City');
    expect(visual).toContain('۲۰۲۵');
    expect(visual).toContain('Rasht City');
    expect(visual.indexOf('Rasht City')).toBeLessThan(visual.indexOf('۲۰۲۵'));
  });

  it('keeps a Persian number with thousands and decimal separators whole', () => {
    expect(shown('۱۲٬۳۴۵٫۶ کیلومتر')).toBe(`${reverse('کیلومتر')} ۱۲٬۳۴۵٫۶`);
  });

  it('puts a leading Latin word at the right end and still shapes the Persian after it', () => {
    expect(shown('CO2، کیلوگرم بر تن')).toBe(`${reverse('، کیلوگرم بر تن')}CO2`);
    expect(splitRightToLeftLine('CO2، کیلوگرم بر تن')[0]).toEqual({ face: 'main', text: '، کیلوگرم بر تن' });
  });

  it('draws a Russian word inside Persian with the Cyrillic face', () => {
    expect(splitRightToLeftLine('بندر Астрахань')).toEqual([
      { face: 'cyrillic', text: 'Астрахань' },
      { face: 'main', text: 'بندر ' },
    ]);
  });
});
