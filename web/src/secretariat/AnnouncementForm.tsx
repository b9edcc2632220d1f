import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../api/client.ts';
import type { Audience, PostAnnouncementRequest, ProvinceSummary } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { LabelledField } from '../app/LabelledField.tsx';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALE_DIRECTION, LOCALES, type Locale } from '../i18n/locales.ts';
import { AudienceFields, type SessionChoice } from './AudienceFields.tsx';

type Texts = Partial<Record<Locale, string>>;

/** A new announcement: a title and text per language (the original one required), and who it is for. */
export function AnnouncementForm({
  editionId,
  provinces,
  sessions,
  onPosted,
}: {
  editionId: string;
  provinces: ProvinceSummary[];
  sessions: SessionChoice[];
  onPosted: () => void;
}) {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  const [language, setLanguage] = useState<Locale>(locale);
  const [title, setTitle] = useState<Texts>({});
  const [body, setBody] = useState<Texts>({});
  const [audience, setAudience] = useState<Audience>({ kind: 'everyone' });
  const [posted, setPosted] = useState(false);
  const { problem, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPosted(false);
    const request: PostAnnouncementRequest = { title, body, language, audience };
    const sent = await run(
      async () =>
        void (await dataOf(
          api.POST('/api/editions/{editionId}/announcements', { params: { path: { editionId } }, body: request }),
        )),
    );
    if (sent) {
      setTitle({});
      setBody({});
      setPosted(true);
      onPosted();
    }
  };
  const textFields = (code: Locale) => (
    <TextFields
      code={code}
      uiLocale={locale}
      title={title}
      body={body}
      setTitle={setTitle}
      setBody={setBody}
      isOriginal={code === language}
    />
  );
  return (
    <form className="card form" onSubmit={submit} data-testid="announcement-form">
      <h2>{t('admin.new')}</h2>
      <LabelledField label={t('admin.language')}>
        <LanguageSelect value={language} onChange={setLanguage} data-testid="announcement-language" />
      </LabelledField>
      <p className="hint">{t('admin.translationsHint')}</p>
      <div className="translation-fields">
        {textFields(language)}
        {/* Translations stay folded until needed: most announcements are written in one or two languages. */}
        {LOCALES.filter((code) => code !== language).map((code) => (
          <details key={code} open={Boolean(title[code] || body[code])}>
            <summary>{t('admin.translation', { language: languageName(code, locale) })}</summary>
            {textFields(code)}
          </details>
        ))}
      </div>
      <AudienceFields value={audience} onChange={setAudience} provinces={provinces} sessions={sessions} />
      {problem && <ProblemMessage problem={problem} />}
      {posted && (
        <p className="success" role="status">
          {t('admin.posted')}
        </p>
      )}
      <button type="submit">{t('admin.post')}</button>
    </form>
  );
}

type TextFieldsProps = {
  code: Locale;
  uiLocale: Locale;
  title: Texts;
  body: Texts;
  setTitle: (texts: Texts) => void;
  setBody: (texts: Texts) => void;
  isOriginal: boolean;
};

/** Title and text in one language, typed in that language's direction; the original language is required. */
function TextFields({ code, uiLocale, title, body, setTitle, setBody, isOriginal }: TextFieldsProps) {
  const { t } = useTranslation('secretariat');
  return (
    <fieldset data-testid={`announcement-${code}`}>
      <legend>
        {languageName(code, uiLocale)}
        {isOriginal && ` · ${t('admin.original')}`}
      </legend>
      <label>
        {t('admin.titleField')}
        <input
          lang={code}
          dir={LOCALE_DIRECTION[code]}
          value={title[code] ?? ''}
          onChange={(event) => setTitle({ ...title, [code]: event.target.value })}
          required={isOriginal}
          maxLength={200}
          name={`title-${code}`}
        />
      </label>
      <label>
        {t('admin.bodyField')}
        <textarea
          lang={code}
          dir={LOCALE_DIRECTION[code]}
          value={body[code] ?? ''}
          onChange={(event) => setBody({ ...body, [code]: event.target.value })}
          required={isOriginal}
          maxLength={10000}
          name={`body-${code}`}
        />
      </label>
    </fieldset>
  );
}
