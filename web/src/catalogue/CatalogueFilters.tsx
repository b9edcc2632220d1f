import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/session-context.tsx';
import { ITEM_KINDS } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { DateInput } from '../app/DateInput.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { ProvincePicker } from '../app/ProvincePicker.tsx';
import type { Locale } from '../i18n/locales.ts';
import type { CatalogueFilters as Filters } from './catalogue-query.ts';
import { SectorSelects } from './SectorSelects.tsx';
import type { References } from './use-references.ts';

type Props = { filters: Filters; references: References; onApply: (filters: Filters) => void };

/** Filters are edited here and applied together, so that typing a word does not reload the list per key. */
export function CatalogueFilters({ filters, references, onApply }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const locale = i18n.language as Locale;
  const { user } = useSession();
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (name: keyof Filters) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form
      className="filters catalogue-filters"
      onSubmit={submit}
      aria-label={t('filters.label')}
      data-testid="catalogue-filters"
    >
      <ProvincePicker
        provinces={references.provinces}
        value={{ country: draft.country ?? '', province: draft.province ?? '' }}
        onChange={(place) => setDraft((previous) => ({ ...previous, ...place }))}
        labels={{ country: t('filters.country'), province: t('filters.province') }}
        anyCountry={t('filters.any')}
        anyProvince={t('filters.any')}
      />
      <LabelledField label={t('filters.kind')}>
        <ChoiceSelect
          name="kind"
          value={draft.kind ?? ''}
          choices={ITEM_KINDS}
          labelOf={(kind) => t(`kind.${kind}`)}
          onChange={set('kind')}
          empty={t('filters.any')}
        />
      </LabelledField>
      <SectorSelects value={draft.sector ?? ''} references={references} onChange={set('sector')} />
      <LabelledField label={t('filters.hs')}>
        <input
          name="hs"
          value={draft.hs ?? ''}
          onChange={(event) => set('hs')(event.target.value)}
          dir="ltr"
          inputMode="numeric"
          pattern="\d{2}(\d{2}(\d{2})?)?"
          size={8}
          title={t('filters.hsHint')}
        />
      </LabelledField>
      <LabelledField label={t('filters.validOn')}>
        <DateInput name="validOn" value={draft.validOn ?? ''} onChange={set('validOn')} />
      </LabelledField>
      <LabelledField label={t('filters.q')}>
        <input
          name="q"
          type="search"
          value={draft.q ?? ''}
          onChange={(event) => set('q')(event.target.value)}
          dir="auto"
          maxLength={200}
        />
      </LabelledField>
      {user && (
        <label>
          {t('filters.status')}
          <select name="status" value={draft.status ?? ''} onChange={(event) => set('status')(event.target.value)}>
            <option value="">{t('status.published')}</option>
            <option value="draft">{t('status.draft')}</option>
            <option value="archived">{t('status.archived')}</option>
            <option value="draft,published,archived">{t('filters.allStatuses')}</option>
          </select>
        </label>
      )}
      <div className="filter-actions">
        <button type="submit">{t('filters.apply')}</button>
        <Link to={`/${locale}/catalogue`}>{t('filters.clear')}</Link>
      </div>
    </form>
  );
}
