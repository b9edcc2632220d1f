import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/client.ts';
import { CURRENCIES, QUANTITY_PERIODS, QUANTITY_UNITS } from '../api/types.ts';
import { FieldErrors } from '../app/FieldErrors.tsx';
import type { Locale } from '../i18n/locales.ts';
import { currencyName } from './item-format.ts';
import type { ItemDraft } from './item-draft.ts';

type Props = { draft: ItemDraft; problem: ApiProblem | null; onChange: (change: Partial<ItemDraft>) => void };

/** How much, per what period, and what it is worth; amounts accept Persian digits too. */
export function QuantityValueFields({ draft, problem, onChange }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  return (
    <fieldset className="form-group">
      <legend>{t('form.quantityAndValue')}</legend>
      <div className="form-row">
        <label>
          {t('form.amount')}
          <input
            name="quantity.amount"
            inputMode="decimal"
            dir="ltr"
            value={draft.quantityAmount}
            onChange={(event) => onChange({ quantityAmount: event.target.value })}
          />
          <FieldErrors problem={problem} path="quantity.amount" />
        </label>
        <label>
          {t('form.unit')}
          <select
            name="quantity.unit"
            value={draft.quantityUnit}
            onChange={(event) => onChange({ quantityUnit: event.target.value as ItemDraft['quantityUnit'] })}
          >
            <option value="">{t('form.choose')}</option>
            {QUANTITY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`unitNames.${unit}`)}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} path="quantity.unit" />
        </label>
        <label>
          {t('form.period')}
          <select
            name="quantity.period"
            value={draft.quantityPeriod}
            onChange={(event) => onChange({ quantityPeriod: event.target.value as ItemDraft['quantityPeriod'] })}
          >
            <option value="">{t('form.noPeriod')}</option>
            {QUANTITY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`periods.${period}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          {t('form.valueMin')}
          <input
            name="value.min"
            inputMode="decimal"
            dir="ltr"
            value={draft.valueMin}
            onChange={(event) => onChange({ valueMin: event.target.value })}
          />
          <FieldErrors problem={problem} path="value.min" />
        </label>
        <label>
          {t('form.valueMax')}
          <input
            name="value.max"
            inputMode="decimal"
            dir="ltr"
            value={draft.valueMax}
            onChange={(event) => onChange({ valueMax: event.target.value })}
          />
          <FieldErrors problem={problem} path="value.max" />
        </label>
        <label>
          {t('form.currency')}
          <select
            name="value.currency"
            value={draft.currency}
            onChange={(event) => onChange({ currency: event.target.value as ItemDraft['currency'] })}
          >
            {CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {currencyName(currency, i18n.language as Locale)}
              </option>
            ))}
          </select>
          <FieldErrors problem={problem} path="value.currency" />
        </label>
      </div>
    </fieldset>
  );
}
