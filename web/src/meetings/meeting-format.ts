import type { Locale } from '../i18n/locales.ts';

type NamedPerson = { nameNative: string; nameLatin: string };

/**
 * A person's name for the reader: in their own script when the reader reads that script (a
 * Persian name for a Persian reader, a Cyrillic one for Russian and Kazakh readers), else in Latin
 * letters, which every reader can say.
 */
export function personLabel(person: NamedPerson, locale: Locale): string {
  const script = scriptOf(person.nameNative);
  const readerScript = READER_SCRIPT[locale];
  return script === readerScript ? person.nameNative : person.nameLatin;
}

const READER_SCRIPT: Record<Locale, Script> = {
  fa: 'arabic',
  ru: 'cyrillic',
  kk: 'cyrillic',
  en: 'latin',
  az: 'latin',
  tk: 'latin',
};

type Script = 'arabic' | 'cyrillic' | 'latin';

function scriptOf(text: string): Script {
  if (/\p{Script=Arabic}/u.test(text)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  return 'latin';
}

/** Two sides with no language in common need an interpreter. */
export const needsInterpreter = (first: readonly string[], second: readonly string[]) =>
  !first.some((language) => second.includes(language));
