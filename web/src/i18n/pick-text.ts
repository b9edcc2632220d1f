import type { Locale, LocalizedText } from './locales.ts';

export type PickedText = { text: string; language: Locale; isOtherLanguage: boolean } | null;

const FALLBACK_ORDER: readonly Locale[] = ['en', 'fa', 'ru', 'az', 'kk', 'tk'];

/**
 * The reader's language when the text exists in it; otherwise another language, reported as such
 * so the page can name it: a reader is never shown a foreign text as if it were theirs.
 */
export function pickText(value: LocalizedText | undefined, locale: Locale): PickedText {
  if (!value) return null;
  const own = value[locale];
  if (own) return { text: own, language: locale, isOtherLanguage: false };
  const language = FALLBACK_ORDER.find((candidate) => value[candidate]);
  return language ? { text: value[language]!, language, isOtherLanguage: true } : null;
}
