import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

type Props = { names: Record<Locale, string>; onChange: (names: Record<Locale, string>) => void };

/** The node's name in each of the six languages; each input writes in its own language and direction. */
export function NodeNameFields({ names, onChange }: Props) {
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  return (
    <fieldset className="form-group node-names">
      <legend>{t('nodes.names')}</legend>
      {LOCALES.map((language) => (
        <label key={language}>
          {languageName(language, locale)}
          <input
            name={`names.${language}`}
            lang={language}
            dir="auto"
            value={names[language]}
            onChange={(event) => onChange({ ...names, [language]: event.target.value })}
            maxLength={200}
          />
        </label>
      ))}
    </fieldset>
  );
}
