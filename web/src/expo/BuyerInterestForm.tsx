import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session-context.tsx';
import { api, dataOf } from '../api/client.ts';
import type { CreateBuyerInterestRequest } from '../api/types.ts';
import { useAction } from '../api/use-action.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { ProvincePicker } from '../app/ProvincePicker.tsx';
import { languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { ContactLanguagesField } from './ContactLanguagesField.tsx';
import type { ExpoContext } from './use-expo.ts';

const PERIODS = ['once', 'month', 'year'] as const;
const BUYER_COUNTRIES = ['RU', 'AZ', 'TM', 'KZ'];

/** A buyer says what it looks for; the HS codes are what the matching works on. */
export function BuyerInterestForm({ context, onCreated }: { context: ExpoContext; onCreated: () => void }) {
  const { t, i18n } = useTranslation('expo');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const { problem, run } = useAction();
  const isBuyer = user?.role === 'buyer';
  const empty = {
    organisation: isBuyer ? (user?.organisation ?? '') : '',
    countryCode: 'RU',
    provinceId: '',
    hsCodes: '',
    amount: '',
    unit: 't',
    period: 'month' as (typeof PERIODS)[number],
    note: '',
    languages: [locale] as Locale[],
  };
  const [draft, setDraft] = useState(empty);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body: CreateBuyerInterestRequest = {
      organisation: draft.organisation,
      countryCode: draft.countryCode,
      provinceId: draft.provinceId || null,
      hsCodes: draft.hsCodes.split(/[\s,;،]+/).filter(Boolean),
      volume: draft.amount ? { amount: Number(draft.amount), unit: draft.unit, period: draft.period } : null,
      note: draft.note.trim() ? { [locale]: draft.note.trim() } : {},
      contactLanguages: draft.languages,
    };
    const ok = await run(async () => {
      await dataOf(
        api.POST('/api/expos/{expoId}/buyer-interests', { params: { path: { expoId: context.expo.id } }, body }),
      );
    });
    if (ok) {
      setDraft(empty);
      setSaved(true);
      onCreated();
    }
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="buyer-form-title">
      <h2 id="buyer-form-title">{t('buyers.formTitle')}</h2>
      <label>
        {t('buyers.organisation')}
        <input value={draft.organisation} onChange={set('organisation')} required maxLength={200} readOnly={isBuyer} />
      </label>
      <ProvincePicker
        provinces={context.provinces}
        value={{ country: draft.countryCode, province: draft.provinceId }}
        onChange={({ country, province }) => setDraft({ ...draft, countryCode: country, provinceId: province })}
        labels={{ country: t('buyers.country'), province: t('buyers.province') }}
        anyProvince={t('translation:common.none')}
        extraCountries={BUYER_COUNTRIES}
        names={{ country: 'countryCode', province: 'provinceId' }}
      />
      <label>
        {t('buyers.hsCodes')}
        <input
          value={draft.hsCodes}
          onChange={set('hsCodes')}
          required
          placeholder="1006, 0902"
          dir="ltr"
          aria-describedby="hs-hint"
        />
        <small id="hs-hint">{t('buyers.hsHint')}</small>
      </label>
      <fieldset>
        <legend>{t('buyers.volume')}</legend>
        <label>
          {t('buyers.amount')}
          <input type="number" min={0} step="any" value={draft.amount} onChange={set('amount')} />
        </label>
        <label>
          {t('buyers.unit')}
          <input value={draft.unit} onChange={set('unit')} maxLength={20} dir="ltr" />
        </label>
        <label>
          {t('buyers.period')}
          <select value={draft.period} onChange={set('period')}>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`buyers.periods.${period}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <label>
        {t('buyers.note', { language: languageName(locale, locale) })}
        <textarea value={draft.note} onChange={set('note')} maxLength={2000} rows={3} />
      </label>
      <ContactLanguagesField
        legend={t('buyers.contactLanguages')}
        value={draft.languages}
        onChange={(languages) => setDraft({ ...draft, languages })}
      />
      {problem && <ProblemMessage problem={problem} />}
      {saved && <p role="status">{t('buyers.saved')}</p>}
      <button type="submit">{t('buyers.submit')}</button>
    </form>
  );
}
