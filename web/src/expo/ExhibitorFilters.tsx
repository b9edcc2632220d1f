import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceSummary } from '../api/types.ts';
import { ProvincePicker } from '../app/ProvincePicker.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { DirectoryFilters } from './directory-query.ts';

type Props = { filters: DirectoryFilters; provinces: ProvinceSummary[]; onApply: (filters: DirectoryFilters) => void };

export function ExhibitorFilters({ filters, provinces, onApply }: Props) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState(filters);
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
        <ProvincePicker
          provinces={provinces}
          value={{ country: draft.country, province: draft.province }}
          onChange={(place) => setDraft({ ...draft, ...place })}
          labels={{ country: t('directory.country'), province: t('directory.province') }}
          anyCountry={t('translation:common.all')}
          anyProvince={t('translation:common.all')}
        />
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
