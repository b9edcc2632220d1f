import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatShare, hasFigures, slicesOf, swatchColor } from './chart-data.ts';
import { DashboardChart } from './DashboardChart.tsx';
import type { ChartKind, ChartSpec } from './dashboard-charts.ts';

export type ChartRow = { key: string; label: string; cell?: ReactNode; values: number[] };
export type ChartTable = { heading: string; columns: string[]; rows: ChartRow[] };

export type ChartCardProps = {
  id: string;
  title: string;
  note?: string;
  kind: ChartKind;
  table: ChartTable;
  /** Said instead of the chart when there is nothing yet (no rows, or only zeros): what is missing and what will fill it. */
  empty: string;
};

/**
 * One figure of the dashboard: the chart to look at, and beside it the same numbers as a table to
 * read. A donut's table is its legend: each row has the slice's colour, its count and its share.
 */
export function ChartCard({ id, title, note, kind, table, empty }: ChartCardProps) {
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
  const slices = kind === 'donut' ? slicesOf(spec.series[0]?.values ?? []) : null;
  return (
    <section className="card dashboard-card" aria-labelledby={`${id}-title`} data-testid={`dashboard-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p className="hint">{note}</p>}
      {hasFigures(table.rows.map((row) => row.values)) ? (
        <div className={`dashboard-figure dashboard-figure-${kind}`}>
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
                  {slices && (
                    <th scope="col" className="number">
                      {t('column.share')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, rowIndex) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {slices ? (
                        <span className="legend-label">
                          <span
                            className="chart-swatch"
                            style={{ backgroundColor: swatchColor(rowIndex) }}
                            aria-hidden="true"
                          />
                          <span>{row.cell ?? row.label}</span>
                        </span>
                      ) : (
                        (row.cell ?? row.label)
                      )}
                    </th>
                    {table.columns.map((column, index) => (
                      <td key={column} className="number">
                        {formatNumber(row.values[index] ?? 0, locale)}
                      </td>
                    ))}
                    {slices && <td className="number">{formatShare(slices[rowIndex]?.share ?? 0, locale)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p className="dashboard-empty" data-testid={`dashboard-${id}-empty`}>
          {empty}
        </p>
      )}
    </section>
  );
}
