import { describe, expect, it } from 'vitest';
import type { Edition, Expo } from './model.ts';
import { findPublicationGaps, requiredLanguages } from './publication-rules.ts';

const everyLanguage = (text: string) => ({ fa: `${text} fa`, en: `${text} en`, az: `${text} az` });

const edition: Edition = {
  id: 'summit-2026',
  ordinal: 2,
  name: everyLanguage('Second summit'),
  slogan: everyLanguage('Caspian together'),
  hostProvinceId: 'baku',
  city: everyLanguage('Baku'),
  venue: everyLanguage('Baku Expo Centre'),
  startsOn: '2026-06-14',
  endsOn: '2026-06-16',
  timeZone: 'Asia/Baku',
  sources: [],
  registrationClosesAt: null,
  copiedFromEditionId: 'summit-2025',
  status: 'draft',
  publishedAt: null,
};

const expo: Expo = {
  id: 'caspian-expo-2026',
  name: everyLanguage('Caspian Expo 2026'),
  venue: everyLanguage('Baku Expo Centre'),
  venueProvinceId: 'baku',
  aim: {},
  targetMarkets: [],
  startsOn: '2026-06-14',
  endsOn: '2026-06-16',
  sources: [],
};

const copiedFrom: Expo = {
  ...expo,
  id: 'caspian-expo-2025',
  name: { en: 'Caspian Expo 2025', fa: 'کاسپین اکسپو ۲۰۲۵' },
};

const gaps = (changes: { edition?: Partial<Edition>; expo?: Partial<Expo> } = {}) =>
  findPublicationGaps({
    edition: { ...edition, ...changes.edition },
    expos: [{ ...expo, ...changes.expo }],
    copiedFromExpos: [copiedFrom],
    hostCountryCode: 'AZ',
  });
const paths = (changes: Parameters<typeof gaps>[0]) => gaps(changes).map((gap) => `${gap.path} ${gap.code}`);

describe('the languages an edition is published in', () => {
  it('asks for Persian, English and the host country’s language', () => {
    expect(requiredLanguages('AZ')).toEqual(['fa', 'en', 'az']);
    expect(requiredLanguages('RU')).toEqual(['fa', 'en', 'ru']);
    expect(requiredLanguages('KZ')).toEqual(['fa', 'en', 'kk']);
    expect(requiredLanguages('TM')).toEqual(['fa', 'en', 'tk']);
  });

  it('asks for Persian and English alone when Iran hosts or the host is unknown', () => {
    expect(requiredLanguages('IR')).toEqual(['fa', 'en']);
    expect(requiredLanguages(null)).toEqual(['fa', 'en']);
  });
});

describe('what keeps an edition from being published', () => {
  it('finds nothing in a complete edition with its own expo inside the summit days', () => {
    expect(gaps()).toEqual([]);
  });

  it('names every text missing in a required language, a blank one too', () => {
    expect(
      paths({ edition: { name: { en: 'Second summit' }, slogan: {}, venue: { fa: ' ', en: 'x', az: 'y' } } }),
    ).toEqual([
      'name.fa missing_in_language',
      'name.az missing_in_language',
      'slogan.fa missing_in_language',
      'slogan.en missing_in_language',
      'slogan.az missing_in_language',
      'venue.fa missing_in_language',
    ]);
  });

  it('does not ask for Russian, Kazakh or Turkmen when Azerbaijan hosts', () => {
    expect(gaps({ edition: { name: { ...everyLanguage('x') } } })).toEqual([]);
  });

  it('refuses an expo that runs past the summit, naming the summit days', () => {
    const [gap] = gaps({ expo: { endsOn: '2026-06-17' } });
    expect(gap).toMatchObject({
      path: 'expos.0.endsOn',
      code: 'expo_outside_edition_days',
      params: { startsOn: { localize: 'day', day: '2026-06-14' }, endsOn: { localize: 'day', day: '2026-06-16' } },
    });
  });

  it('refuses an expo still named as the one it was copied from, in each language it kept', () => {
    expect(paths({ expo: { name: { ...copiedFrom.name, az: 'Xəzər Ekspo 2026' } } })).toEqual([
      'expos.0.name.en expo_name_copied',
      'expos.0.name.fa expo_name_copied',
    ]);
  });

  it('refuses a registration deadline after the last day in the edition’s zone, and takes one on the last evening', () => {
    // 2026-06-16 23:30 in Baku (UTC+4) is still the last day; 2026-06-17 00:30 is not.
    expect(paths({ edition: { registrationClosesAt: new Date('2026-06-16T19:30:00Z') } })).toEqual([]);
    expect(paths({ edition: { registrationClosesAt: new Date('2026-06-16T20:30:00Z') } })).toEqual([
      'registrationClosesAt registration_closes_after_end',
    ]);
  });
});
