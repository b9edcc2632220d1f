import { spawnSync } from 'node:child_process';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderBadgesPdf, type BadgeCard } from './badge-pdf.ts';
import { encodeBadgeToken } from './token-rules.ts';

const token = encodeBadgeToken('3f2b8c1e-5a4d-4e6f-9b7a-0c1d2e3f4a5b', { id: 1, secret: Buffer.alloc(32, 3) });
const card: BadgeCard = {
  nameNative: 'رضا کاظمی',
  nameLatin: 'Reza Kazemi',
  province: 'استان گیلان',
  provinceEnglish: 'Gilan Province',
  role: 'head',
  roleLabel: 'رئیس هیئت',
  roleLabelEnglish: 'Head of delegation',
  editionName: 'اجلاس ۲۰۲۵',
  token,
  demoLabel: null,
};

/** The first page as a greyscale bitmap (PGM from poppler), as a camera would see the printed badge. */
function rasterise(pdf: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const pgm = spawnSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-gray', '-'], { input: pdf }).stdout;
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!.map(Number) as [
    number,
    number,
    number,
  ];
  const pixels = pgm.subarray(pgm.length - width * height);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (const [index, grey] of pixels.entries()) rgba.set([grey, grey, grey, 255], index * 4);
  return { data: rgba, width, height };
}

describe('a printed badge', () => {
  it('carries a QR code that reads back as its token', async () => {
    const { data, width, height } = rasterise(await renderBadgesPdf([card], 'test'));
    expect(jsQR(data, width, height)?.data).toBe(token);
  });

  it('embeds its fonts as TrueType and has one page per badge', async () => {
    const pdf = (await renderBadgesPdf([card, { ...card, nameLatin: 'Second Person' }], 'test')).toString('latin1');
    expect(pdf).toContain('/FontFile2');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
  });
});
