import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARGO_TYPES, type TransitScenario } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { NamedSelect } from '../app/NamedSelect.tsx';
import type { Locale } from '../i18n/locales.ts';
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
  const placeSelect = (end: 'from' | 'to') => (
    <PlaceSelect
      name={end}
      label={t(`form.${end}`)}
      value={draft[end]}
      places={places}
      onChange={(value) => set(end, value)}
    />
  );
  return (
    <form className="form transit-query" onSubmit={submit} data-testid="transit-query">
      <div className="transit-query__places">
        {placeSelect('from')}
        <button
          type="button"
          className="transit-query__swap"
          onClick={() => setDraft((previous) => ({ ...previous, from: previous.to, to: previous.from }))}
          title={t('form.swap')}
        >
          <span aria-hidden="true">⇅</span>
          <span className="visually-hidden">{t('form.swap')}</span>
        </button>
        {placeSelect('to')}
      </div>
      <div className="form-row">
        <LabelledField label={t('form.cargo')}>
          <ChoiceSelect
            name="cargo"
            value={draft.cargo}
            choices={CARGO_TYPES}
            labelOf={(cargo) => t(`cargo.${cargo}`)}
            onChange={(cargo) => set('cargo', cargo)}
          />
        </LabelledField>
        <LabelledField label={t('form.month')}>
          <ChoiceSelect
            name="month"
            value={draft.month}
            choices={MONTHS}
            labelOf={(month) => monthName(month, locale)}
            onChange={(month) => set('month', month)}
          />
        </LabelledField>
        <LabelledField label={t('form.tonnes')}>
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
        </LabelledField>
      </div>
      <LabelledField label={t('form.scenario')}>
        <NamedSelect
          name="scenario"
          value={draft.scenario}
          things={scenarios}
          nameOf={(scenario) => scenario.name}
          onChange={(scenario) => set('scenario', scenario)}
          empty={t('baseline')}
        />
      </LabelledField>
      <button type="submit">{t('form.submit')}</button>
    </form>
  );
}
