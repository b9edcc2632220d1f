import { useTranslation } from 'react-i18next';
import { languageName } from './format.ts';
import type { Locale, LocalizedText } from './locales.ts';
import { pickText } from './pick-text.ts';

/**
 * Shows data text in the reader's language, or in the language it exists in, named:
 * "(in Persian)". The text carries its own lang so fonts and direction follow it.
 */
export function LocalText({
  value,
  as: Tag = 'span',
}: {
  value: LocalizedText | undefined;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'strong';
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const picked = pickText(value, locale);
  if (!picked) return <Tag className="missing-text">{t('common.notAvailable')}</Tag>;
  // The block follows the page's direction; the text inside keeps its own language and direction.
  return (
    <Tag>
      <span lang={picked.language} dir="auto">
        {picked.text}
      </span>
      {picked.isOtherLanguage && (
        <small className="language-note" lang={locale} data-testid="language-note">
          {' '}
          {t('common.inLanguage', { language: languageName(picked.language, locale) })}
        </small>
      )}
    </Tag>
  );
}
