import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { renderPlanPdf } from './plan-pdf.ts';
import { planInput } from './plan-test-fixture.ts';

const pdfOf = (locale: Locale) => renderPlanPdf(planInput(locale));
const folder = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The fonts the file names, with whether each is embedded, as poppler lists them. */
function fontsOf(pdf: Buffer): { name: string; embedded: boolean }[] {
  const listing = spawnSync('pdffonts', ['-'], { input: pdf, encoding: 'latin1' }).stdout;
  return listing
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => ({ name: line.split(/\s+/)[0]!, embedded: / yes +yes +yes /.test(line) }));
}

/** Mean x of the dark pixels in a band of rows of page 1, as a share of the page width (PGM from poppler at 60 dpi). */
function inkCentre(pdf: Buffer, fromRow: number, toRow: number): number {
  const pgm = spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-gray', '-'], { input: pdf }).stdout;
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!.map(Number) as [
    number,
    number,
    number,
  ];
  const pixels = pgm.subarray(pgm.length - width * height);
  let sum = 0;
  let count = 0;
  for (let row = fromRow; row < toRow; row += 1) {
    for (let column = 0; column < width; column += 1) {
      if (pixels[row * width + column]! < 128) [sum, count] = [sum + column, count + 1];
    }
  }
  return sum / count / width;
}

// The title's line on the page: 32 pt from the top, 16 pt high, at 60 dpi.
const TITLE_ROWS = [26, 44] as const;

describe('a transit plan as a PDF', () => {
  it('is a PDF whose fonts are all embedded: Vazirmatn for Persian, Noto Sans too for Russian', async () => {
    const persian = await pdfOf('fa');
    const russian = await pdfOf('ru');
    expect(persian.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fontsOf(persian).map((font) => font.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\+Vazirmatn-Regular$/)]),
    );
    expect(fontsOf(russian).map((font) => font.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\+NotoSans-Regular$/)]),
    );
    expect([...fontsOf(persian), ...fontsOf(russian)].every((font) => font.embedded)).toBe(true);
  });

  it('renders to landscape pages', async () => {
    spawnSync('pdftoppm', ['-png', '-r', '60', '-', join(folder, 'plan')], { input: await pdfOf('fa') });
    const pages = readdirSync(folder).filter((name) => name.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const png = readFileSync(join(folder, pages[0]!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(png.readUInt32BE(20));
  });

  it('sets a Persian title against the right margin and a Russian one against the left', async () => {
    expect(inkCentre(await pdfOf('fa'), ...TITLE_ROWS)).toBeGreaterThan(0.6);
    expect(inkCentre(await pdfOf('ru'), ...TITLE_ROWS)).toBeLessThan(0.4);
  });

  it('carries its text in the reader’s language', async () => {
    const text = spawnSync('pdftotext', ['-', '-'], { input: await pdfOf('ru'), encoding: 'utf8' }).stdout;
    expect(text).toContain('Найденные маршруты');
    expect(text).toContain('Использованные параметры');
    expect(text).toContain('допущение');
  });
});
