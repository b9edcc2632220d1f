import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatDateBothCalendars, formatDateRange, formatNumber } from './format.ts';
import { pickText } from './pick-text.ts';

describe('dates and numbers in each language', () => {
  it('writes the summit opening as 27 Aban 1404 in Persian, with Persian digits', () => {
    expect(formatDate('2025-11-18', 'fa')).toBe('۲۷ آبان ۱۴۰۴');
  });

  it('gives Persian readers the Gregorian date beside the Solar Hijri one, and others their own only', () => {
    expect(formatDateBothCalendars('2025-11-18', 'fa')).toBe('۲۷ آبان ۱۴۰۴ (۱۸ نوامبر ۲۰۲۵)');
    expect(formatDateBothCalendars('2025-11-18', 'ru')).toBe('18 ноября 2025 г.');
  });

  it('writes the Gregorian date in Russian', () => {
    expect(formatDate('2025-11-18', 'ru')).toBe('18 ноября 2025 г.');
  });

  it('keeps a calendar date on its day whatever the zone of the machine', () => {
    const zone = process.env.TZ;
    for (const machineZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = machineZone;
      expect(formatDate('2025-11-18', 'en'), machineZone).toBe('18 November 2025');
    }
    process.env.TZ = zone;
  });

  it('writes the four summit days as one range in Solar Hijri', () => {
    const range = formatDateRange('2025-11-18', '2025-11-21', 'fa');
    expect(range).toContain('۲۷');
    expect(range).toContain('۳۰');
    expect(range).toContain('آبان');
  });

  it('uses Persian digits for Persian numbers and Latin digits elsewhere', () => {
    expect(formatNumber(2530696, 'fa')).toBe('۲٬۵۳۰٬۶۹۶');
    expect(formatNumber(2530696, 'ru')).toMatch(/^2\s530\s696$/);
  });

  it('names countries in the reader language', () => {
    expect(countryName('IR', 'ru')).toBe('Иран');
    expect(countryName('KZ', 'fa')).toBe('قزاقستان');
  });
});

describe('picking the text to show', () => {
  it("shows the reader's own language when it exists", () => {
    expect(pickText({ fa: 'گیلان', en: 'Gilan' }, 'fa')).toEqual({
      text: 'گیلان',
      language: 'fa',
      isOtherLanguage: false,
    });
  });

  it('falls back to another language and says which, never silently', () => {
    expect(pickText({ ru: 'Астрахань' }, 'fa')).toEqual({ text: 'Астрахань', language: 'ru', isOtherLanguage: true });
  });

  it('prefers English over other fallbacks', () => {
    expect(pickText({ ru: 'Астрахань', en: 'Astrakhan' }, 'tk')?.language).toBe('en');
  });

  it('returns nothing for text missing in every language', () => {
    expect(pickText({}, 'en')).toBeNull();
  });
});

/** CLDR versions differ in which space they use (U+0020, U+00A0, U+202F); the words and digits must match. */
const sameSpaces = (text: string) => text.replace(/\s/g, ' ');

describe('languages the browser lacks data for', () => {
  it('formats Kazakh, Azerbaijani and Turkmen with CLDR data from FormatJS, like a full ICU would', async () => {
    const { prepareFormatters, formattersFor } = await import('./intl-formatters.ts');
    for (const locale of ['kk', 'az', 'tk'] as const) {
      await prepareFormatters(locale, { forcePolyfill: true });
      const november18 = formattersFor(locale)
        .dateTime({ dateStyle: 'long', timeZone: 'UTC' })
        .format(new Date('2025-11-18T00:00:00Z'));
      const fullIcu = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2025-11-18T00:00:00Z'),
      );
      expect(sameSpaces(november18), locale).toBe(sameSpaces(fullIcu));
    }
    expect(sameSpaces(formatNumber(11_000_000, 'kk'))).toBe('11 000 000');
    expect(countryName('KZ', 'tk')).toBe('Gazagystan');
  });

  it('shows an instant in the wanted time zone through the polyfill', async () => {
    const { prepareFormatters, formattersFor } = await import('./intl-formatters.ts');
    await prepareFormatters('kk', { forcePolyfill: true });
    const noonInTehran = formattersFor('kk')
      .dateTime({ timeStyle: 'short', timeZone: 'Asia/Tehran' })
      .format(new Date('2025-11-18T08:30:00Z'));
    expect(noonInTehran).toBe('12:00');
  });
});
