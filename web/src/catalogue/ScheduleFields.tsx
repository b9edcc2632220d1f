import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { DateInput } from '../app/DateInput.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { languageName } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { ItemDraft } from './item-draft.ts';
import { monthName } from './item-format.ts';

type Props = { draft: ItemDraft; problem: ApiProblem | null; onChange: (change: Partial<ItemDraft>) => void };

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const toggled = <T,>(values: readonly T[], value: T, on: boolean) =>
  on ? [...values, value] : values.filter((other) => other !== value);

/** When: the season months (none means all year) and the dates it is valid between. */
export function ScheduleFields({ draft, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const date = (field: 'validFrom' | 'validUntil') => (
    <LabelledField label={t(`form.${field}`)} path={field} problem={problem}>
      <DateInput name={field} value={draft[field]} onChange={(isoDate) => onChange({ [field]: isoDate })} />
    </LabelledField>
  );
  return (
    <fieldset className="form-group">
      <legend>{t('form.when')}</legend>
      <fieldset className="checks months">
        <legend>{t('form.season')}</legend>
        {MONTHS.map((month) => (
          <label key={month} className="check">
            <input
              type="checkbox"
              checked={draft.seasonMonths.includes(month)}
              onChange={(event) => onChange({ seasonMonths: toggled(draft.seasonMonths, month, event.target.checked) })}
            />
            {monthName(month, locale)}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        {date('validFrom')}
        {date('validUntil')}
      </div>
    </fieldset>
  );
}

/** The languages one can write or speak to the contact person in. */
export function ContactLanguageFields({ draft, onChange }: Omit<Props, 'problem'>) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  return (
    <fieldset className="form-group checks">
      <legend>{t('form.contactLanguages')}</legend>
      {LOCALES.map((language) => (
        <label key={language} className="check">
          <input
            type="checkbox"
            checked={draft.contactLanguages.includes(language)}
            onChange={(event) =>
              onChange({ contactLanguages: toggled(draft.contactLanguages, language, event.target.checked) })
            }
          />
          {languageName(language, locale)}
        </label>
      ))}
    </fieldset>
  );
}
