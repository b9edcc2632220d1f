import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { DashboardChart } from './DashboardChart.tsx';
import type { ChartSpec } from './dashboard-charts.ts';

type Standing = Dashboard['incompleteDelegations'][number];

/** Delegations to chase: how full each is against its limit, and what each still lacks. */
export function IncompleteDelegations({
  standings,
  provinceName,
}: {
  standings: Standing[];
  provinceName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'bars',
      labels: standings.map((standing) => provinceName(standing.provinceId)),
      series: [
        { name: t('column.seatsTaken'), values: standings.map((standing) => standing.seatsTaken) },
        { name: t('column.seatsLeft'), values: standings.map((standing) => standing.seatsLeft) },
      ],
    }),
    [standings, provinceName, t],
  );
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  return (
    <section
      className="card dashboard-card dashboard-wide"
      aria-labelledby="incomplete-title"
      data-testid="dashboard-incomplete-delegations"
    >
      <h2 id="incomplete-title">{t('dashboard.incompleteDelegations')}</h2>
      <p className="hint">{t('dashboard.incompleteNote')}</p>
      {standings.length === 0 ? (
        <p>{t('dashboard.allComplete')}</p>
      ) : (
        <>
          <DashboardChart spec={spec} testId="chart-incomplete-delegations" />
          <div className="table-scroll">
            <table className="table dashboard-table">
              <caption className="visually-hidden">{t('dashboard.incompleteDelegations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('column.delegation')}</th>
                  <th scope="col">{t('column.approvedHead')}</th>
                  <th scope="col">{t('column.approvedInterpreter')}</th>
                  <th scope="col" className="number">
                    {t('column.pending')}
                  </th>
                  <th scope="col" className="number">
                    {t('column.seatsTaken')}
                  </th>
                  <th scope="col" className="number">
                    {t('column.seatsLeft')}
                  </th>
                  <th scope="col">{t('column.gaps')}</th>
                </tr>
              </thead>
              <tbody>
                {standings.map((standing) => (
                  <tr key={standing.delegationId}>
                    <th scope="row">{provinceName(standing.provinceId)}</th>
                    <td>{yesNo(standing.hasApprovedHead)}</td>
                    <td>{yesNo(standing.hasApprovedInterpreter)}</td>
                    <td className="number">{formatNumber(standing.pendingRegistrations, locale)}</td>
                    <td className="number">
                      {t('dashboard.ofLimit', {
                        taken: formatNumber(standing.seatsTaken, locale),
                        limit: formatNumber(standing.memberLimit, locale),
                      })}
                    </td>
                    <td className="number">{formatNumber(standing.seatsLeft, locale)}</td>
                    <td>
                      <ul className="gap-list">
                        {standing.gaps.map((gap) => (
                          <li key={gap}>{t(`gap.${gap}`)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
