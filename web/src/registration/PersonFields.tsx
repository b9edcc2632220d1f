import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { LanguageSelect } from '../app/LanguageSelect.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { CountrySelect } from './CountrySelect.tsx';
import type { PersonDraft } from './person-draft.ts';

// The role is the form's own field: these fields change everything but it.
type Props = {
  draft: PersonDraft;
  problem: ApiProblem | null;
  onChange: (next: Partial<Omit<PersonDraft, 'role'>>) => void;
};

/** Who the person is: the name in two scripts, where they work, how to reach them, what they speak. */
export function PersonFields({ draft, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const languagesLabelId = useId();
  const text = (
    field: 'nameNative' | 'nameLatin' | 'position' | 'organisation' | 'email' | 'phone',
    options: { type?: string; dir?: string; required?: boolean; hint?: string } = {},
  ) => (
    <LabelledField label={t(`field.${field}`)} hint={options.hint} path={field} problem={problem}>
      <input
        name={field}
        type={options.type ?? 'text'}
        dir={options.dir ?? 'auto'}
        required={options.required}
        maxLength={field === 'email' ? 254 : 200}
        value={draft[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        aria-invalid={problem?.problem.errors?.some((error) => error.path === field) || undefined}
      />
    </LabelledField>
  );
  const toggleLanguage = (language: Locale) =>
    onChange({
      languages: draft.languages.includes(language)
        ? draft.languages.filter((chosen) => chosen !== language)
        : [...draft.languages, language],
    });
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('form.name')}</legend>
        <div className="form-row">
          {text('nameNative', { required: true, hint: t('field.nameNativeHint') })}
          <LabelledField label={t('field.nameLanguage')} path="nameLanguage" problem={problem}>
            <LanguageSelect
              name="nameLanguage"
              value={draft.nameLanguage}
              onChange={(nameLanguage) => onChange({ nameLanguage })}
            />
          </LabelledField>
        </div>
        {text('nameLatin', { required: true, dir: 'ltr', hint: t('field.nameLatinHint') })}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('form.work')}</legend>
        <div className="form-row">
          {text('position')}
          {text('organisation')}
        </div>
        <LabelledField label={t('field.country')} path="countryCode" problem={problem}>
          <CountrySelect
            name="countryCode"
            value={draft.countryCode}
            required
            onChange={(countryCode) => onChange({ countryCode })}
            empty={t('form.choose')}
          />
        </LabelledField>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('form.contact')}</legend>
        <div className="form-row">
          {text('email', { type: 'email', dir: 'ltr', required: true })}
          {text('phone', { type: 'tel', dir: 'ltr' })}
        </div>
        {/* Named by its label rather than a <legend>, which could not sit in the row beside the checkboxes. */}
        <fieldset className="checks person-languages" aria-labelledby={languagesLabelId}>
          <span id={languagesLabelId} className="field-label">
            {t('field.languages')}
          </span>
          {LOCALES.map((language) => (
            <label key={language} className="check">
              <input
                type="checkbox"
                name="languages"
                value={language}
                checked={draft.languages.includes(language)}
                onChange={() => toggleLanguage(language)}
              />
              {languageName(language, locale)}
            </label>
          ))}
          <FieldErrors problem={problem} path="languages" />
        </fieldset>
      </fieldset>
      <VisaLetterFields draft={draft} problem={problem} onChange={onChange} />
    </>
  );
}

function VisaLetterFields({ draft, problem, onChange }: Props) {
  const { t } = useTranslation('registration');
  const field = (
    name: 'fullNameInPassport' | 'passportNumber' | 'dateOfBirth' | 'passportExpiresOn',
    type = 'text',
  ) => (
    <LabelledField label={t(`field.${name}`)} path={`visaLetter.${name}`} problem={problem}>
      <input
        name={name}
        type={type}
        dir="ltr"
        required
        autoComplete="off"
        value={draft[name]}
        onChange={(event) => onChange({ [name]: event.target.value })}
      />
    </LabelledField>
  );
  return (
    <fieldset className="form-group">
      <legend>{t('form.visa')}</legend>
      <label className="check">
        <input
          type="checkbox"
          name="wantsVisaLetter"
          checked={draft.wantsVisaLetter}
          onChange={(event) => onChange({ wantsVisaLetter: event.target.checked })}
        />
        {t('field.visaRequest')}
      </label>
      <small className="hint">{t('field.visaHint')}</small>
      {draft.wantsVisaLetter && (
        <>
          <div className="form-row">
            {field('fullNameInPassport')}
            {field('passportNumber')}
          </div>
          <div className="form-row">
            <LabelledField label={t('field.nationality')} path="visaLetter.nationality" problem={problem}>
              <CountrySelect
                name="nationality"
                value={draft.nationality}
                required
                onChange={(nationality) => onChange({ nationality })}
                empty={t('form.choose')}
              />
            </LabelledField>
            {field('dateOfBirth', 'date')}
            {field('passportExpiresOn', 'date')}
          </div>
        </>
      )}
    </fieldset>
  );
}
