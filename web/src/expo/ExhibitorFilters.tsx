import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceSummary } from '../api/types.ts';
import { countryName, languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { DirectoryFilters } from './directory-query.ts';

type Props = { filters: DirectoryFilters; provinces: ProvinceSummary[]; onApply: (filters: DirectoryFilters) => void };

export function ExhibitorFilters({ filters, provinces, onApply }: Props) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState(filters);
  const countries = [...new Set(provinces.map((province) => province.countryCode))];
  const set = (key: keyof DirectoryFilters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <search aria-label={t('directory.filters')}>
      <form className="filters expo-filters" onSubmit={submit}>
        <label>
          {t('directory.text')}
          <input type="search" value={draft.q} onChange={set('q')} maxLength={200} />
        </label>
        <label>
          {t('directory.country')}
          <select value={draft.country} onChange={set('country')}>
            <option value="">{t('translation:common.all')}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('directory.province')}
          <select value={draft.province} onChange={set('province')}>
            <option value="">{t('translation:common.all')}</option>
            {provinces
              .filter((province) => !draft.country || province.countryCode === draft.country)
              .map((province) => (
                <option key={province.id} value={province.id}>
                  {pickText(province.names, locale)?.text ?? province.id}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('directory.hs')}
          <input
            value={draft.hs}
            onChange={set('hs')}
            inputMode="numeric"
            pattern="[0-9]{1,10}"
            placeholder="03"
            dir="ltr"
          />
        </label>
        <label>
          {t('directory.language')}
          <select value={draft.language} onChange={set('language')}>
            <option value="">{t('translation:common.all')}</option>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('directory.apply')}</button>
      </form>
    </search>
  );
}
