import { describe, expect, it } from 'vitest';
import { prepareFormatters } from '../i18n/intl-formatters.ts';
import { CASPIAN_TIME_ZONES, listTimeZones, timeZoneLabel } from './time-zones.ts';

const june = new Date('2027-06-14T12:00:00Z');

describe('time zones offered for an edition', () => {
  it('lists the Caspian zones first, once each, then the others', () => {
    const zones = listTimeZones('Asia/Tehran');
    expect(zones.slice(0, CASPIAN_TIME_ZONES.length)).toEqual([...CASPIAN_TIME_ZONES]);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('names a zone from Intl in the reader’s language, with its offset and id', () => {
    expect(timeZoneLabel('Asia/Tehran', 'en', june)).toBe('Iran Standard Time (GMT+3:30) · \u2068Asia/Tehran\u2069');
    expect(timeZoneLabel('Asia/Baku', 'ru', june)).toMatch(/^Азербайджан.*\(GMT\+4\)/);
  });

  it('tells apart two zones Intl names alike', () => {
    expect(timeZoneLabel('Asia/Aqtau', 'en', june)).not.toBe(timeZoneLabel('Asia/Atyrau', 'en', june));
  });
});

describe('time zones in a language the browser has no zone names for', () => {
  it('names the zone from FormatJS’s CLDR data in Kazakh and Turkmen, not as a bare offset', async () => {
    await prepareFormatters('kk', { forcePolyfill: true });
    await prepareFormatters('tk', { forcePolyfill: true });
    expect(timeZoneLabel('Asia/Tehran', 'kk', june)).toBe(
      'Иран стандартты уақыты (GMT+3:30) · \u2068Asia/Tehran\u2069',
    );
    expect(timeZoneLabel('Asia/Ashgabat', 'tk', june)).toMatch(/^Türkmenistan standart wagty \(GMT\+5\)/);
  });

  it('keeps the offset and the id where CLDR has no name for the zone', async () => {
    await prepareFormatters('kk', { forcePolyfill: true });
    expect(timeZoneLabel('Europe/Astrakhan', 'kk', june)).toBe('GMT+4 · \u2068Europe/Astrakhan\u2069');
  });
});
