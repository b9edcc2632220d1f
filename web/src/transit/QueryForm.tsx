import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARGO_TYPES, type TransitScenario } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ROUTE_QUERY_LIMITS } from '../../../src/domain/transit/model.ts';
import { PlaceSelect } from './PlaceSelect.tsx';
import { monthName } from './transit-format.ts';
import type { TransitQuery } from './transit-query.ts';
import type { Place } from './use-planner-network.ts';

type QueryFormProps = {
  query: TransitQuery;
  places: { provinces: Place[]; nodes: Place[] };
  scenarios: TransitScenario[];
  onSubmit: (query: TransitQuery) => void;
};

const { month: MONTH, tonnes: TONNES } = ROUTE_QUERY_LIMITS;
const MONTHS = Array.from({ length: MONTH.maximum - MONTH.minimum + 1 }, (_, index) => MONTH.minimum + index);

/** The question: from where to where, what, when, how much, and on which network. */
export function QueryForm({ query, places, scenarios, onSubmit }: QueryFormProps) {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState(query);
  const set = <K extends keyof TransitQuery>(key: K, value: TransitQuery[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form className="form transit-query" onSubmit={submit} data-testid="transit-query">
      <div className="transit-query__places">
        <PlaceSelect
          name="from"
          label={t('form.from')}
          value={draft.from}
          places={places}
          onChange={(value) => set('from', value)}
        />
        <button
          type="button"
          className="transit-query__swap"
          onClick={() => setDraft((previous) => ({ ...previous, from: previous.to, to: previous.from }))}
          title={t('form.swap')}
        >
          <span aria-hidden="true">⇅</span>
          <span className="visually-hidden">{t('form.swap')}</span>
        </button>
        <PlaceSelect
          name="to"
          label={t('form.to')}
          value={draft.to}
          places={places}
          onChange={(value) => set('to', value)}
        />
      </div>
      <div className="form-row">
        <label>
          {t('form.cargo')}
          <select
            name="cargo"
            value={draft.cargo}
            onChange={(event) => set('cargo', event.target.value as TransitQuery['cargo'])}
          >
            {CARGO_TYPES.map((cargo) => (
              <option key={cargo} value={cargo}>
                {t(`cargo.${cargo}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.month')}
          <select name="month" value={draft.month} onChange={(event) => set('month', Number(event.target.value))}>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName(month, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.tonnes')}
          <input
            name="tonnes"
            type="number"
            // The API takes any tonnage above zero: a browser's minimum is inclusive, so zero itself
            // passes here and is replaced by the default when the address is read (transit-query.ts).
            min={TONNES.exclusiveMinimum}
            max={TONNES.maximum}
            step="any"
            value={draft.tonnes}
            onChange={(event) => set('tonnes', Number(event.target.value))}
            required
          />
        </label>
      </div>
      <label>
        {t('form.scenario')}
        <select name="scenario" value={draft.scenario} onChange={(event) => set('scenario', event.target.value)}>
          <option value="">{t('baseline')}</option>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {pickText(scenario.name, locale)?.text ?? scenario.id}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('form.submit')}</button>
    </form>
  );
}
