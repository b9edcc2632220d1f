import { describe, expect, it } from 'vitest';
import { isRightToLeft, prepareRightToLeftLine, splitIntoFontRuns } from './script-runs.ts';

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

  it('follows the text around it when the line has no letter', () => {
    expect(isRightToLeft('۱۲٬۳۴۵', true)).toBe(true);
    expect(isRightToLeft('12,345')).toBe(false);
    expect(isRightToLeft('Rasht', true)).toBe(false);
  });
});

describe('a right-to-left line prepared for a layout that reverses it whole', () => {
  const reverse = (text: string) => [...text].reverse().join('');

  it('leaves Persian letters alone', () => {
    expect(prepareRightToLeftLine('رضا کاظمی')).toBe('رضا کاظمی');
  });

  it('comes out with brackets facing the right way once reversed', () => {
    expect(reverse(prepareRightToLeftLine('نمونه (نمایشی)'))).toBe(reverse('نمونه )نمایشی('));
  });

  it('keeps numbers and Latin words reading left to right once reversed', () => {
    const visual = reverse(prepareRightToLeftLine('اجلاس ۲۰۲۵ در Rasht City'));
    expect(visual).toContain('۲۰۲۵');
    expect(visual).toContain('Rasht City');
    expect(visual.indexOf('Rasht City')).toBeLessThan(visual.indexOf('۲۰۲۵'));
  });

  it('keeps a Persian number with thousands and decimal separators whole', () => {
    expect(reverse(prepareRightToLeftLine('۱۲٬۳۴۵٫۶ کیلومتر'))).toContain('۱۲٬۳۴۵٫۶');
  });
});
