import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Announcement, Reader } from './model.ts';

/**
 * Whether an announcement is addressed to the reader. A delegation is reached through its
 * members' accounts (a delegation member of that province) and through the accounts linked to
 * the people registered in it for the announcement's edition; a session through the accounts of
 * the people holding a seat.
 */
export function isAddressedTo(announcement: Pick<Announcement, 'editionId' | 'audience'>, reader: Reader): boolean {
  const { audience } = announcement;
  switch (audience.kind) {
    case 'everyone':
      return true;
    case 'role':
      return reader.role === audience.role;
    case 'delegation':
      return (
        (reader.role === 'delegation_member' && reader.provinceId === audience.provinceId) ||
        reader.delegations.some(
          (delegation) =>
            delegation.editionId === announcement.editionId && delegation.provinceId === audience.provinceId,
        )
      );
    case 'session':
      return reader.sessionIds.includes(audience.sessionId);
  }
}

export type ReadableText = { text: string; language: Locale; isOtherLanguage: boolean };

/**
 * The text in the reader's language when the secretariat wrote it; otherwise in the language it
 * was first written in, flagged so the page names that language. A blank translation counts as missing.
 */
export function textForReader(text: LocalizedText, locale: Locale, originalLanguage: Locale): ReadableText {
  if (text[locale]?.trim()) return { text: text[locale]!, language: locale, isOtherLanguage: false };
  return {
    text: text[originalLanguage] ?? '',
    language: originalLanguage,
    isOtherLanguage: originalLanguage !== locale,
  };
}

/** Checks across fields of a new announcement: the original language must be written, title and body. */
export function findAnnouncementProblems(content: {
  title: LocalizedText;
  body: LocalizedText;
  language: Locale;
}): { path: string; code: string }[] {
  const problems: { path: string; code: string }[] = [];
  if (!content.title[content.language]?.trim())
    problems.push({ path: `title.${content.language}`, code: 'original_language_missing' });
  if (!content.body[content.language]?.trim()) problems.push({ path: `body.${content.language}`, code: 'required' });
  return problems;
}
