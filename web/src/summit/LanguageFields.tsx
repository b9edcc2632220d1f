import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALE_DIRECTION, LOCALES, type Locale, type LocalizedText } from '../i18n/locales.ts';

type Props = {
  legend: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  /** Languages publishing needs; an empty one is marked missing. */
  required: readonly Locale[];
  path: string;
  problem: ApiProblem | null;
  multiline?: boolean;
};

/** One text in the six languages, each input named by its language; the missing ones say so. */
export function LanguageFields({ legend, value, onChange, required, path, problem, multiline = false }: Props) {
  const { t, i18n } = useTranslation('programme');
  const locale = i18n.language as Locale;
  return (
    <fieldset className="form-group language-fields" data-testid={`languages-${path}`}>
      <legend>{legend}</legend>
      {LOCALES.map((language) => {
        const text = value[language] ?? '';
        const missing = text.trim() === '';
        const Control = multiline ? 'textarea' : 'input';
        return (
          // biome-ignore lint/a11y/noLabelWithoutControl: the control is `Control`, an input or a textarea.
          <label key={language} className="language-field" data-missing={missing || undefined}>
            <span className="language-name">
              {languageName(language, locale)}
              {required.includes(language) && <small> · {t('editions.neededToPublish')}</small>}
              {missing && <span className="badge missing">{t('editions.missing')}</span>}
            </span>
            <Control
              name={`${path}.${language}`}
              lang={language}
              dir={LOCALE_DIRECTION[language]}
              value={text}
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
            <FieldErrors problem={problem} path={`${path}.${language}`} />
          </label>
        );
      })}
    </fieldset>
  );
}
