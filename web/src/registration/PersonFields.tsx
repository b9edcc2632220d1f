import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import { countryName, languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { COUNTRY_CODES, type PersonDraft } from './person-draft.ts';

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
    <label>
      {t(`field.${field}`)}
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
      {options.hint && <small className="hint">{options.hint}</small>}
      <FieldErrors problem={problem} path={field} />
    </label>
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
          <label>
            {t('field.nameLanguage')}
            <select
              name="nameLanguage"
              value={draft.nameLanguage}
              onChange={(event) => onChange({ nameLanguage: event.target.value as Locale })}
            >
              {LOCALES.map((language) => (
                <option key={language} value={language}>
                  {languageName(language, locale)}
                </option>
              ))}
            </select>
            <FieldErrors problem={problem} path="nameLanguage" />
          </label>
        </div>
        {text('nameLatin', { required: true, dir: 'ltr', hint: t('field.nameLatinHint') })}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('form.work')}</legend>
        <div className="form-row">
          {text('position')}
          {text('organisation')}
        </div>
        <label>
          {t('field.country')}
          <select
            name="countryCode"
            value={draft.countryCode}
            required
            onChange={(event) => onChange({ countryCode: event.target.value })}
          >
            <option value="">{t('form.choose')}</option>
            {COUNTRY_CODES.map((code) => (
              <option key={code} value={code}>
                {countryName(code, locale)}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} path="countryCode" />
        </label>
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
  const { t, i18n } = useTranslation('registration');
  const locale = i18n.language as Locale;
  const field = (
    name: 'fullNameInPassport' | 'passportNumber' | 'dateOfBirth' | 'passportExpiresOn',
    type = 'text',
  ) => (
    <label>
      {t(`field.${name}`)}
      <input
        name={name}
        type={type}
        dir="ltr"
        required
        autoComplete="off"
        value={draft[name]}
        onChange={(event) => onChange({ [name]: event.target.value })}
      />
      <FieldErrors problem={problem} path={`visaLetter.${name}`} />
    </label>
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
            <label>
              {t('field.nationality')}
              <select
                name="nationality"
                value={draft.nationality}
                required
                onChange={(event) => onChange({ nationality: event.target.value })}
              >
                <option value="">{t('form.choose')}</option>
                {COUNTRY_CODES.map((code) => (
                  <option key={code} value={code}>
                    {countryName(code, locale)}
                  </option>
                ))}
              </select>
              <FieldErrors problem={problem} path="visaLetter.nationality" />
            </label>
            {field('dateOfBirth', 'date')}
            {field('passportExpiresOn', 'date')}
          </div>
        </>
      )}
    </fieldset>
  );
}
