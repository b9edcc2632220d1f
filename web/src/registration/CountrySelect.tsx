import { useTranslation } from 'react-i18next';
import { ChoiceSelect, type ChoiceSelectProps } from '../app/ChoiceSelect.tsx';
import { countryName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { COUNTRY_CODES } from './person-draft.ts';

/** A <select> of the countries a participant may come from, named in the reader's language. */
export function CountrySelect(select: Omit<ChoiceSelectProps<string>, 'choices' | 'labelOf'>) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return <ChoiceSelect {...select} choices={COUNTRY_CODES} labelOf={(code) => countryName(code, locale)} />;
}
