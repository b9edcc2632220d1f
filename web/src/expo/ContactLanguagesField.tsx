import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

type Props = { legend: string; value: readonly Locale[]; onChange: (languages: Locale[]) => void };

/** The languages one may write to an organisation in, a box each, named in the reader's language. */
export function ContactLanguagesField({ legend, value, onChange }: Props) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const toggle = (code: Locale) =>
    onChange(value.includes(code) ? value.filter((language) => language !== code) : [...value, code]);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {LOCALES.map((code) => (
        <label key={code} className="inline-choice">
          <input type="checkbox" checked={value.includes(code)} onChange={() => toggle(code)} />{' '}
          {languageName(code, locale)}
        </label>
      ))}
    </fieldset>
  );
}
