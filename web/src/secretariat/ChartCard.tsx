import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { DashboardChart } from './DashboardChart.tsx';
import type { ChartKind, ChartSpec } from './dashboard-charts.ts';

export type ChartRow = { key: string; label: string; cell?: ReactNode; values: number[] };
export type ChartTable = { heading: string; columns: string[]; rows: ChartRow[] };

export type ChartCardProps = { id: string; title: string; note?: string; kind: ChartKind; table: ChartTable };

/** One figure of the dashboard: the chart to look at, and beside it the same numbers as a table to read. */
export function ChartCard({ id, title, note, kind, table }: ChartCardProps) {
  const { t, i18n } = useTranslation('secretariat');
  const locale = i18n.language as Locale;
  // A new spec redraws the chart, so it changes only with the figures.
  const spec = useMemo<ChartSpec>(
    () => ({
      kind,
      labels: table.rows.map((row) => row.label),
      series: table.columns.map((name, index) => ({ name, values: table.rows.map((row) => row.values[index] ?? 0) })),
    }),
    [kind, table],
  );
  return (
    <section className="card dashboard-card" aria-labelledby={`${id}-title`} data-testid={`dashboard-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p className="hint">{note}</p>}
      {table.rows.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <div className="dashboard-figure">
          <DashboardChart spec={spec} testId={`chart-${id}`} />
          <div className="table-scroll">
            <table className="table dashboard-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{table.heading}</th>
                  {table.columns.map((column) => (
                    <th key={column} scope="col" className="number">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.cell ?? row.label}</th>
                    {table.columns.map((column, index) => (
                      <td key={column} className="number">
                        {formatNumber(row.values[index] ?? 0, locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
