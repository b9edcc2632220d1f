import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { ChoiceSelect, type ChoiceSelectProps } from './ChoiceSelect.tsx';

/** A <select> of the site's six languages, each named in the reader's language. */
export function LanguageSelect(select: Omit<ChoiceSelectProps<Locale>, 'choices' | 'labelOf'>) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return <ChoiceSelect {...select} choices={LOCALES} labelOf={(language) => languageName(language, locale)} />;
}
