import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALE_DIRECTION, LOCALES, type Locale } from '../i18n/locales.ts';
import type { ItemDraft } from './item-draft.ts';

type Props = { draft: ItemDraft; problem: ApiProblem | null; onChange: (change: Partial<ItemDraft>) => void };

/** The language written in, title and description in it, and optional translations into the others. */
export function ItemTextFields({ draft, problem, onChange }: Props) {
  const { t } = useTranslation('catalogue');
  const others = LOCALES.filter((language) => language !== draft.language);
  const translated = others.filter((language) => draft.title[language] || draft.description[language]).length;
  return (
    <fieldset className="form-group">
      <legend>{t('form.texts')}</legend>
      <LabelledField label={t('form.language')}>
        <LanguageSelect name="language" value={draft.language} onChange={(language) => onChange({ language })} />
      </LabelledField>
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
      <LabelledField label={t('form.title', { language: name })} path={`title.${language}`} problem={problem}>
        <input
          name={`title.${language}`}
          lang={language}
          dir={LOCALE_DIRECTION[language]}
          value={draft.title[language]}
          onChange={(event) => setText('title', event.target.value)}
          maxLength={200}
          required={required}
        />
      </LabelledField>
      <LabelledField
        label={t('form.description', { language: name })}
        path={`description.${language}`}
        problem={problem}
      >
        <textarea
          name={`description.${language}`}
          lang={language}
          dir={LOCALE_DIRECTION[language]}
          value={draft.description[language]}
          onChange={(event) => setText('description', event.target.value)}
          rows={required ? 6 : 3}
          maxLength={5000}
        />
      </LabelledField>
    </div>
  );
}
