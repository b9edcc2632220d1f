import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  cacheControlOf,
  checkAttachment,
  contentDispositionOf,
  fileNameForType,
  hasRoomForAttachment,
  isAcceptableFileName,
  looksLikeText,
} from './attachment-rules.ts';

describe('checkAttachment', () => {
  it('accepts a PDF, a JPEG, a PNG and a WebP picture by their content', () => {
    for (const mediaType of ['application/pdf', 'image/jpeg', 'image/png', 'image/webp']) {
      expect(checkAttachment(1024, mediaType)).toEqual({ ok: true, mediaType });
    }
  });

  it('refuses an empty file', () => {
    expect(checkAttachment(0, undefined)).toEqual({ ok: false, code: 'empty' });
  });

  it('accepts exactly 10 MB and refuses one byte more', () => {
    expect(checkAttachment(ATTACHMENT_MAX_BYTES, 'application/pdf').ok).toBe(true);
    expect(checkAttachment(ATTACHMENT_MAX_BYTES + 1, 'application/pdf')).toEqual({ ok: false, code: 'too_large' });
  });

  it('names what a refused file is, or says it is unknown', () => {
    expect(checkAttachment(10, 'image/gif')).toEqual({ ok: false, code: 'type_not_allowed', detected: 'image/gif' });
    expect(checkAttachment(10, undefined)).toEqual({ ok: false, code: 'type_not_allowed', detected: 'unknown' });
  });

  it('refuses an SVG picture, which can carry scripts', () => {
    expect(checkAttachment(10, 'image/svg+xml')).toMatchObject({ ok: false, code: 'type_not_allowed' });
  });
});

describe('looksLikeText', () => {
  it('recognises UTF-8 text in any script, with tabs and line breaks', () => {
    expect(looksLikeText(Buffer.from('Quarterly report\r\n\tگزارش فصلی — Отчёт\n'))).toBe(true);
  });

  it('does not mistake binary content for text', () => {
    expect(looksLikeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(false);
    expect(looksLikeText(Buffer.from('text\u0000with a NUL'))).toBe(false);
  });

  it('reads a sample only, even when it ends inside a character', () => {
    // One byte, then two-byte letters: byte 4096 is the first half of a letter.
    expect(looksLikeText(Buffer.from(`a${'ж'.repeat(5000)}`))).toBe(true);
  });
});

describe('hasRoomForAttachment', () => {
  it('lets an item carry ten files and no more', () => {
    expect(hasRoomForAttachment(9)).toBe(true);
    expect(hasRoomForAttachment(10)).toBe(false);
  });
});

describe('isAcceptableFileName', () => {
  it('accepts names in Persian, Russian and Kazakh, with the Persian zero-width non-joiner', () => {
    expect(isAcceptableFileName('گزارش‌سالانه ۱۴۰۴.pdf')).toBe(true);
    expect(isAcceptableFileName('Отчёт 2025.pdf')).toBe(true);
    expect(isAcceptableFileName('Ақтау порты.png')).toBe(true);
  });

  it('refuses a path, forward or backward', () => {
    expect(isAcceptableFileName('../secret.pdf')).toBe(false);
    expect(isAcceptableFileName('C:\\Users\\report.pdf')).toBe(false);
  });

  it('refuses control characters, including a line break that would split a header', () => {
    expect(isAcceptableFileName('report\r\nSet-Cookie: x.pdf')).toBe(false);
    expect(isAcceptableFileName('report\u0007.pdf')).toBe(false);
  });

  it('refuses a right-to-left override that disguises the extension', () => {
    expect(isAcceptableFileName('invoice\u202Efdp.exe')).toBe(false);
  });

  it('wants one to 200 characters', () => {
    expect(isAcceptableFileName('')).toBe(false);
    expect(isAcceptableFileName('a'.repeat(200))).toBe(true);
    expect(isAcceptableFileName('a'.repeat(201))).toBe(false);
  });
});

describe('fileNameForType', () => {
  it('keeps a name whose extension is that of the type, in any case', () => {
    expect(fileNameForType('report.pdf', 'application/pdf')).toBe('report.pdf');
    expect(fileNameForType('PORT.JPEG', 'image/jpeg')).toBe('PORT.JPEG');
    expect(fileNameForType('گزارش ۱۴۰۴.pdf', 'application/pdf')).toBe('گزارش ۱۴۰۴.pdf');
  });

  it('gives a PDF uploaded under the name of a page the extension of a PDF', () => {
    expect(fileNameForType('invoice.html', 'application/pdf')).toBe('invoice.pdf');
    expect(fileNameForType('invoice.pdf.html', 'application/pdf')).toBe('invoice.pdf');
    expect(fileNameForType('photo.svg', 'image/png')).toBe('photo.png');
  });

  it('adds an extension to a name without one, keeping numbers that only look like one', () => {
    expect(fileNameForType('invoice', 'application/pdf')).toBe('invoice.pdf');
    expect(fileNameForType('report.2025', 'application/pdf')).toBe('report.2025.pdf');
  });

  it('stays within 200 characters, without cutting a character in two', () => {
    const name = fileNameForType(`${'a'.repeat(194)}😀.html`, 'image/webp');
    expect(name).toBe(`${'a'.repeat(194)}.webp`);
    expect(name.length).toBeLessThanOrEqual(200);
  });
});

describe('contentDispositionOf', () => {
  it('shows pictures in the browser and has PDFs saved', () => {
    expect(contentDispositionOf('port.png', 'image/png')).toBe(
      `inline; filename="port.png"; filename*=UTF-8''port.png`,
    );
    expect(contentDispositionOf('report.pdf', 'application/pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
  });

  it('encodes a Persian name as UTF-8 and gives old clients an ASCII stand-in', () => {
    const header = contentDispositionOf('گزارش.pdf', 'application/pdf');
    expect(header).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('گزارش.pdf');
  });

  it('escapes quotes, apostrophes and percent signs so the header cannot be broken', () => {
    const header = contentDispositionOf(`O'Neil "draft" 100%.pdf`, 'application/pdf');
    expect(header).toBe(
      `attachment; filename="O'Neil _draft_ 100_.pdf"; filename*=UTF-8''O%27Neil%20%22draft%22%20100%25.pdf`,
    );
  });

  it('stays within printable ASCII whatever the name', () => {
    expect(contentDispositionOf('Молодь осетровых (2025)*.png', 'image/png')).toMatch(/^[\x20-\x7E]+$/);
  });
});

describe('cacheControlOf', () => {
  it('lets shared caches keep files of published items, and only the reader keep the others', () => {
    expect(cacheControlOf(true)).toBe('public, max-age=86400');
    expect(cacheControlOf(false)).toBe('private, max-age=3600');
  });
});
