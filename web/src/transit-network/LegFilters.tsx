import { useTranslation } from 'react-i18next';
import { LEG_STATUSES, TRANSIT_MODES } from '../api/types.ts';
import { ChoiceSelect } from '../app/ChoiceSelect.tsx';
import { LabelledField } from '../app/LabelledField.tsx';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

export type LegFilter = { mode: string; status: string };

type Props = { filter: LegFilter; onChange: (filter: LegFilter) => void; shown: number; total: number };

/** Narrows the legs by mode and status; "all" is the empty value. */
export function LegFilters({ filter, onChange, shown, total }: Props) {
  const { t, i18n } = useTranslation('transitNetwork');
  const locale = i18n.language as Locale;
  return (
    <search className="filters leg-filters">
      <LabelledField label={t('legs.mode')}>
        <ChoiceSelect
          name="filter-mode"
          value={filter.mode}
          choices={TRANSIT_MODES}
          labelOf={(mode) => t(`mode.${mode}`)}
          onChange={(mode) => onChange({ ...filter, mode })}
          empty={t('legs.allModes')}
        />
      </LabelledField>
      <LabelledField label={t('legs.status')}>
        <ChoiceSelect
          name="filter-status"
          value={filter.status}
          choices={LEG_STATUSES}
          labelOf={(status) => t(`status.${status}`)}
          onChange={(status) => onChange({ ...filter, status })}
          empty={t('legs.allStatuses')}
        />
      </LabelledField>
      <p className="hint" aria-live="polite">
        {t('legs.shown', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
      </p>
    </search>
  );
}
