import { formatInTimeZone } from 'date-fns-tz';
import type { FieldError } from '../../platform/errors/app-error.ts';
import { dayParam, languageParam } from '../../platform/errors/message-params.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Edition, Expo } from './model.ts';

/**
 * Persian and English always: the secretariat works in Persian and every delegation reads English.
 * The host country's own language comes on top, so the host's public and press read the edition
 * in theirs. The other languages are welcome and shown as missing until written.
 */
export const ALWAYS_REQUIRED_LANGUAGES: readonly Locale[] = ['fa', 'en'];

const LANGUAGE_OF_COUNTRY: Readonly<Record<string, Locale>> = { IR: 'fa', RU: 'ru', AZ: 'az', KZ: 'kk', TM: 'tk' };

/** The languages an edition must be written in before it is published: fa, en and the host country's. */
export function requiredLanguages(hostCountryCode: string | null): Locale[] {
  const host = hostCountryCode ? LANGUAGE_OF_COUNTRY[hostCountryCode] : undefined;
  return host && !ALWAYS_REQUIRED_LANGUAGES.includes(host)
    ? [...ALWAYS_REQUIRED_LANGUAGES, host]
    : [...ALWAYS_REQUIRED_LANGUAGES];
}

export type PublicationCandidate = {
  edition: Edition;
  expos: readonly Expo[];
  /** The expos of the edition this one was copied from: a copy must not keep their names. */
  copiedFromExpos: readonly Expo[];
  hostCountryCode: string | null;
};

/**
 * Everything that keeps an edition off the public site, one entry per field (path as in the
 * edition's and its expos' change requests): a text missing in a required language, dates that do
 * not fit, an expo still named as the one it was copied from. Empty: it may be published.
 */
export function findPublicationGaps(candidate: PublicationCandidate): FieldError[] {
  const { edition, expos, copiedFromExpos } = candidate;
  const languages = requiredLanguages(candidate.hostCountryCode);
  const gaps: FieldError[] = [
    ...missingTexts('name', edition.name, languages),
    ...missingTexts('slogan', edition.slogan, languages),
    ...missingTexts('city', edition.city, languages),
    ...missingTexts('venue', edition.venue, languages),
  ];
  if (edition.endsOn < edition.startsOn) gaps.push({ path: 'endsOn', code: 'ends_before_start' });
  if (edition.registrationClosesAt && isAfterLastDay(edition.registrationClosesAt, edition)) {
    gaps.push({ path: 'registrationClosesAt', code: 'registration_closes_after_end' });
  }
  expos.forEach((expo, index) => {
    gaps.push(...expoGaps(expo, `expos.${index}`, edition, languages, copiedFromExpos));
  });
  return gaps;
}

function expoGaps(
  expo: Expo,
  path: string,
  edition: Edition,
  languages: readonly Locale[],
  copiedFromExpos: readonly Expo[],
): FieldError[] {
  const gaps = [
    ...missingTexts(`${path}.name`, expo.name, languages),
    ...missingTexts(`${path}.venue`, expo.venue, languages),
  ];
  for (const [language, name] of Object.entries(expo.name) as [Locale, string | undefined][]) {
    const copied = name && copiedFromExpos.some((source) => sameText(source.name[language], name));
    if (copied) {
      gaps.push({
        path: `${path}.name.${language}`,
        code: 'expo_name_copied',
        params: { language: languageParam(language) },
      });
    }
  }
  const days = { startsOn: dayParam(edition.startsOn), endsOn: dayParam(edition.endsOn) };
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (expo[field] < edition.startsOn || expo[field] > edition.endsOn) {
      gaps.push({ path: `${path}.${field}`, code: 'expo_outside_edition_days', params: days });
    }
  }
  return gaps;
}

function missingTexts(path: string, text: LocalizedText, languages: readonly Locale[]): FieldError[] {
  return languages
    .filter((language) => !text[language]?.trim())
    .map((language) => ({
      path: `${path}.${language}`,
      code: 'missing_in_language',
      params: { language: languageParam(language) },
    }));
}

const sameText = (a: string | undefined, b: string) =>
  a !== undefined && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Registration may close on the last day at the latest: the day after it begins, in the edition's zone, is too late. */
function isAfterLastDay(closesAt: Date, edition: Pick<Edition, 'endsOn' | 'timeZone'>): boolean {
  return formatInTimeZone(closesAt, edition.timeZone, 'yyyy-MM-dd') > edition.endsOn;
}
