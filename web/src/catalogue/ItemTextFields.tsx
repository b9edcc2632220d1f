import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALE_DIRECTION, LOCALES, type Locale } from '../i18n/locales.ts';
import type { ItemDraft } from './item-draft.ts';

type Props = { draft: ItemDraft; problem: ApiProblem | null; onChange: (change: Partial<ItemDraft>) => void };

/** The language written in, title and description in it, and optional translations into the others. */
export function ItemTextFields({ draft, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const others = LOCALES.filter((language) => language !== draft.language);
  const translated = others.filter((language) => draft.title[language] || draft.description[language]).length;
  return (
    <fieldset className="form-group">
      <legend>{t('form.texts')}</legend>
      <label>
        {t('form.language')}
        <select
          name="language"
          value={draft.language}
          onChange={(event) => onChange({ language: event.target.value as Locale })}
        >
          {LOCALES.map((language) => (
            <option key={language} value={language}>
              {languageName(language, locale)}
            </option>
          ))}
        </select>
      </label>
      <TextPair language={draft.language} draft={draft} problem={problem} onChange={onChange} required />
      <details className="translations" open={translated > 0}>
        <summary>{t('form.translations')}</summary>
        <p className="hint">{t('form.translationsHint')}</p>
        {others.map((language) => (
          <TextPair key={language} language={language} draft={draft} problem={problem} onChange={onChange} />
        ))}
      </details>
    </fieldset>
  );
}

function TextPair({
  language,
  draft,
  problem,
  onChange,
  required = false,
}: Props & { language: Locale; required?: boolean }) {
  const { t, i18n } = useTranslation('catalogue');
  const name = languageName(language, i18n.language as Locale);
  const setText = (field: 'title' | 'description', text: string) =>
    onChange({ [field]: { ...draft[field], [language]: text } });
  return (
    <div className="text-pair" data-language={language}>
      <label>
        {t('form.title', { language: name })}
        <input
          name={`title.${language}`}
          lang={language}
          dir={LOCALE_DIRECTION[language]}
          value={draft.title[language]}
          onChange={(event) => setText('title', event.target.value)}
          maxLength={200}
          required={required}
        />
        <FieldErrors problem={problem} path={`title.${language}`} />
      </label>
      <label>
        {t('form.description', { language: name })}
        <textarea
          name={`description.${language}`}
          lang={language}
          dir={LOCALE_DIRECTION[language]}
          value={draft.description[language]}
          onChange={(event) => setText('description', event.target.value)}
          rows={required ? 6 : 3}
          maxLength={5000}
        />
        <FieldErrors problem={problem} path={`description.${language}`} />
      </label>
    </div>
  );
}
