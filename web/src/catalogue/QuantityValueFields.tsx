import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { CURRENCIES, QUANTITY_PERIODS, QUANTITY_UNITS } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import type { Locale } from '../i18n/locales.ts';
import { currencyName } from './item-format.ts';
import type { ItemDraft } from './item-draft.ts';

type Props = { draft: ItemDraft; problem: ApiProblem | null; onChange: (change: Partial<ItemDraft>) => void };

/** How much, per what period, and what it is worth; amounts accept Persian digits too. */
export function QuantityValueFields({ draft, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const amount = (field: 'quantityAmount' | 'valueMin' | 'valueMax', path: string, label: string) => (
    <LabelledField label={label} path={path} problem={problem}>
      <input
        name={path}
        inputMode="decimal"
        dir="ltr"
        value={draft[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
      />
    </LabelledField>
  );
  return (
    <fieldset className="form-group">
      <legend>{t('form.quantityAndValue')}</legend>
      <div className="form-row">
        {amount('quantityAmount', 'quantity.amount', t('form.amount'))}
        <LabelledField label={t('form.unit')} path="quantity.unit" problem={problem}>
          <ChoiceSelect
            name="quantity.unit"
            value={draft.quantityUnit}
            choices={QUANTITY_UNITS}
            labelOf={(unit) => t(`unitNames.${unit}`)}
            onChange={(quantityUnit) => onChange({ quantityUnit })}
            empty={t('form.choose')}
          />
        </LabelledField>
        <LabelledField label={t('form.period')}>
          <ChoiceSelect
            name="quantity.period"
            value={draft.quantityPeriod}
            choices={QUANTITY_PERIODS}
            labelOf={(period) => t(`periods.${period}`)}
            onChange={(quantityPeriod) => onChange({ quantityPeriod })}
            empty={t('form.noPeriod')}
          />
        </LabelledField>
      </div>
      <div className="form-row">
        {amount('valueMin', 'value.min', t('form.valueMin'))}
        {amount('valueMax', 'value.max', t('form.valueMax'))}
        <LabelledField label={t('form.currency')} path="value.currency" problem={problem}>
          <ChoiceSelect
            name="value.currency"
            value={draft.currency}
            choices={CURRENCIES}
            labelOf={(currency) => currencyName(currency, i18n.language as Locale)}
            onChange={(currency) => onChange({ currency })}
          />
        </LabelledField>
      </div>
    </fieldset>
  );
}
