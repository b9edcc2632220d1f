import { describe, expect, it } from 'vitest';
import {
  boothsOutsideHall,
  foldSearchText,
  SEARCH_FOLD_FROM,
  SEARCH_FOLD_TO,
  checkBoothPlacement,
  HS_CODE_PATTERN,
  hsCodesOfProducts,
  matchExhibitors,
  rectsOverlap,
} from './rules.ts';

const hall = { widthM: 30, depthM: 20 };
const booth = (code: string, xM: number, yM: number, widthM = 3, depthM = 3) => ({
  id: code,
  code,
  xM,
  yM,
  widthM,
  depthM,
});

describe('booth placement', () => {
  it('lets a booth stand edge to edge with its neighbour', () => {
    expect(checkBoothPlacement(booth('A2', 3, 0), hall, [booth('A1', 0, 0)])).toEqual({ ok: true });
    expect(checkBoothPlacement(booth('B1', 0, 3), hall, [booth('A1', 0, 0)])).toEqual({ ok: true });
  });

  it('lets booths touch at a corner', () => {
    expect(checkBoothPlacement(booth('B2', 3, 3), hall, [booth('A1', 0, 0)])).toEqual({ ok: true });
  });

  it('refuses a booth that overlaps another, naming it', () => {
    expect(checkBoothPlacement(booth('A2', 2.5, 1), hall, [booth('A1', 0, 0), booth('C1', 20, 10)])).toEqual({
      ok: false,
      code: 'booth_overlaps',
      conflictCode: 'A1',
    });
  });

  it('refuses a booth lying wholly inside another', () => {
    expect(checkBoothPlacement(booth('X', 1, 1, 1, 1), hall, [booth('A1', 0, 0)])).toMatchObject({
      ok: false,
      conflictCode: 'A1',
    });
  });

  it('refuses a booth beyond the hall walls', () => {
    expect(checkBoothPlacement(booth('Z', 28, 0), hall, [])).toEqual({
      ok: false,
      code: 'booth_overlaps',
      conflictCode: null,
    });
    expect(checkBoothPlacement(booth('Z', -1, 0), hall, [])).toMatchObject({ ok: false });
    expect(checkBoothPlacement(booth('Z', 0, 17.5), hall, [])).toMatchObject({ ok: false });
  });

  it('accepts a booth flush with the far walls despite floating-point sums', () => {
    expect(checkBoothPlacement(booth('Z', 27, 17), hall, [])).toEqual({ ok: true });
    expect(rectsOverlap(booth('a', 0.1 + 0.2, 0), booth('b', 0, 0, 0.3, 3))).toBe(false);
  });

  it('finds the booths a smaller hall would cut off', () => {
    expect(
      boothsOutsideHall({ widthM: 10, depthM: 10 }, [booth('A1', 0, 0), booth('A5', 9, 0)]).map((b) => b.code),
    ).toEqual(['A5']);
  });
});

describe('HS codes', () => {
  it('accepts chapters to national tariff lines and nothing else', () => {
    for (const code of ['03', '0302', '030211', '03021100', '0302110000'])
      expect(HS_CODE_PATTERN.test(code)).toBe(true);
    for (const code of ['3', '030', '03021', '030211000000', '03a2', ''])
      expect(HS_CODE_PATTERN.test(code)).toBe(false);
  });

  it("flattens an exhibitor's products into one sorted list", () => {
    expect(
      hsCodesOfProducts([
        { name: {}, hsCodes: ['1006', '0902'] },
        { name: {}, hsCodes: ['0902'] },
      ]),
    ).toEqual(['0902', '1006']);
  });
});

describe('matching buyers with exhibitors', () => {
  const exhibitors = [
    { organisation: 'Tea House', hsCodes: ['0902'] },
    { organisation: 'Anzali Fish', hsCodes: ['030211', '0303'] },
    { organisation: 'Rice Mill', hsCodes: ['1006'] },
  ];

  it('matches a chapter with the headings in it, both ways', () => {
    expect(matchExhibitors(['03'], exhibitors).map((e) => e.organisation)).toEqual(['Anzali Fish']);
    expect(matchExhibitors(['03021190'], exhibitors).map((e) => e.organisation)).toEqual(['Anzali Fish']);
  });

  it('does not match neighbouring headings of one chapter', () => {
    expect(matchExhibitors(['0901'], exhibitors)).toEqual([]);
  });

  it('lists every exhibitor sharing any code, by name', () => {
    expect(matchExhibitors(['1006', '0902'], exhibitors).map((e) => e.organisation)).toEqual([
      'Rice Mill',
      'Tea House',
    ]);
  });
});

describe('folding search text', () => {
  it('folds Arabic letters to Persian, ё to е and the non-joiner to a space', () => {
    expect(foldSearchText('چاي لاهيجان')).toBe(foldSearchText('چای لاهیجان'));
    expect(foldSearchText('غرفه\u200cدار')).toBe('غرفه دار');
    expect(foldSearchText('Ёлка')).toBe('елка');
  });

  it('keeps the SQL translate lists aligned, one letter for one', () => {
    expect([...SEARCH_FOLD_FROM]).toHaveLength([...SEARCH_FOLD_TO].length);
  });
});
