import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../api/types.ts';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** The language the author wrote in, named, and the languages the title has been translated into. */
export function ItemLanguages({ item }: { item: Pick<CatalogueItem, 'language' | 'title'> }) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const translations = LOCALES.filter((language) => language !== item.language && item.title[language]?.trim());
  return (
    <p className="item-languages" data-testid="item-languages">
      {t('item.originalLanguage', { language: languageName(item.language, locale) })}{' '}
      {translations.length > 0
        ? t('item.translations', {
            languages: translations
              .map((language) => languageName(language, locale))
              .join(t('translation:common.listSeparator')),
          })
        : t('item.noTranslations')}
    </p>
  );
}
