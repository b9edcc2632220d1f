import type { Locale } from '../../platform/i18n/locales.ts';

/** Printed on badges of invented demo people, so that nobody mistakes one for a real pass. */
export const DEMO_LABEL: Record<Locale, string> = {
  fa: 'نمایشی',
  ru: 'ДЕМО',
  en: 'DEMO',
  az: 'DEMO',
  kk: 'ДЕМО',
  tk: 'DEMO',
};

/**
 * The edition's name as its holder reads it: in the language of their name, else in the first
 * language they speak that the edition is named in, else in English (which a published edition
 * always has), so a Russian delegate's badge does not fall back to English while a Russian name exists.
 */
export function editionNameFor(
  name: Partial<Record<Locale, string>>,
  holder: { nameLanguage: Locale; languages: readonly Locale[] },
): string {
  const language = [holder.nameLanguage, ...holder.languages, 'en' as const].find((candidate) =>
    name[candidate]?.trim(),
  );
  return language ? name[language]! : (Object.values(name).find((text) => text?.trim()) ?? '');
}
