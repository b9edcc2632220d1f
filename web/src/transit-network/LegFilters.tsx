import { useTranslation } from 'react-i18next';
import { LEG_STATUSES, TRANSIT_MODES } from '../api/types.ts';
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
      <label>
        {t('legs.mode')}
        <select
          name="filter-mode"
          value={filter.mode}
          onChange={(event) => onChange({ ...filter, mode: event.target.value })}
        >
          <option value="">{t('legs.allModes')}</option>
          {TRANSIT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`mode.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('legs.status')}
        <select
          name="filter-status"
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value })}
        >
          <option value="">{t('legs.allStatuses')}</option>
          {LEG_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" aria-live="polite">
        {t('legs.shown', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
      </p>
    </search>
  );
}
