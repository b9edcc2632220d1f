import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { ChartCard } from './ChartCard.tsx';
import { chartsOf } from './dashboard-figures.tsx';
import { EditionSelect } from './EditionSelect.tsx';
import { IncompleteDelegations } from './IncompleteDelegations.tsx';
import { useEditionChoice } from './use-edition-choice.ts';
import './secretariat.css';

/** The secretariat's figures for one edition, each chart with its numbers, and the whole as a workbook. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  const { editions, editionId, choose } = useEditionChoice({ drafts: 'include' });
  // While no edition is chosen nothing is asked (path null), so the empty id is never sent.
  const dashboard = useApi(
    editionId ? '/api/editions/{editionId}/dashboard' : null,
    { params: { path: { editionId: editionId ?? '' } } },
    locale,
  );
  // The workbook is a file, so a plain link.
  const workbook = editionId ? `/api/editions/${encodeURIComponent(editionId)}/dashboard.xlsx` : null;
  const provinces = useApi('/api/provinces');
  const provinceName = useMemo(() => {
    const names = new Map((provinces.data ?? []).map((province) => [province.id, province.names]));
    return (id: string) => pickText(names.get(id), locale)?.text ?? id;
  }, [provinces.data, locale]);
  const charts = useMemo(
    () => (dashboard.data ? chartsOf(dashboard.data, t, locale, provinceName) : null),
    [dashboard.data, t, locale, provinceName],
  );
  if (editions.problem) return <ProblemMessage problem={editions.problem} />;
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      {editions.data && (
        <div className="filters dashboard-filters" data-testid="dashboard-filters">
          <EditionSelect editions={editions.data} value={editionId} onChange={choose} />
        </div>
      )}
      {workbook && (
        <p className="export-links">
          <a href={workbook} download data-testid="dashboard-xlsx">
            {t('dashboard.download')}
          </a>
        </p>
      )}
      {dashboard.problem && <ProblemMessage problem={dashboard.problem} />}
      {!dashboard.data && !dashboard.problem && <p>{t('loading')}</p>}
      {dashboard.data && charts && (
        <div className="dashboard-grid">
          {charts.map((chart) => (
            <ChartCard key={chart.id} {...chart} />
          ))}
          <IncompleteDelegations standings={dashboard.data.incompleteDelegations} provinceName={provinceName} />
        </div>
      )}
    </section>
  );
}
