import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitScenario } from '../api/types.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/pick-text.ts';
import { isNoRoute } from './no-route-problem.ts';
import { BlockedLegList } from './NoRouteMessage.tsx';
import { summarizeRoutes, type RouteSummary } from './route-summary.ts';
import type { ComparisonColumn } from './use-scenario-comparison.ts';
import type { PlannerNetwork } from './use-planner-network.ts';
import { useTransitFormat, type TransitFormat } from './use-transit-format.ts';

type Metric = { key: keyof Omit<RouteSummary, 'routeCount'>; show: (value: number, format: TransitFormat) => string };

const METRICS: Metric[] = [
  { key: 'fastestHours', show: (value, format) => format.duration(value) },
  { key: 'cheapestUsdPerTonne', show: (value, format) => format.usdPerTonne(value) },
  { key: 'fewestBorders', show: (value, format) => format.number(value) },
  { key: 'lowestCo2KgPerTonne', show: (value, format) => format.kgPerTonne(value) },
];

/** How far a scenario's figure moved from the baseline's: "+2 d 3 h", "−$4.10/t"; nothing when equal. */
function Change({ metric, value, baseline }: { metric: Metric; value: number; baseline: number | undefined }) {
  const format = useTransitFormat();
  if (baseline === undefined) return null;
  const shown = metric.show(Math.abs(value - baseline), format);
  // A difference that rounds away ("+0 h") is no change to the reader.
  if (shown === metric.show(0, format)) return null;
  return (
    <small className={value > baseline ? 'transit-change is-worse' : 'transit-change is-better'}>
      {value > baseline ? '+' : '−'}
      {shown}
    </small>
  );
}

function OutcomeCell({ column, names }: { column: ComparisonColumn; names: Pick<PlannerNetwork, 'nameOfLeg'> }) {
  const { t } = useTranslation('transit');
  const format = useTransitFormat();
  if (column.loading) return <td aria-busy="true">{t('translation:common.loading')}</td>;
  if (isNoRoute(column.problem)) {
    return (
      <td className="transit-compare__no-route" data-testid="compare-no-route">
        <strong>{t('compare.noRoute')}</strong>
        <BlockedLegList problem={column.problem} names={names} />
      </td>
    );
  }
  if (column.problem)
    return (
      <td>
        <ProblemMessage problem={column.problem} />
      </td>
    );
  return (
    <td>
      {t('compare.routeCount', {
        count: column.routes?.routes.length ?? 0,
        formatted: format.number(column.routes?.routes.length ?? 0),
      })}
    </td>
  );
}

type ScenarioCompareTableProps = {
  columns: ComparisonColumn[];
  scenarios: TransitScenario[];
  names: Pick<PlannerNetwork, 'nameOfLeg'>;
};

/** Baseline and scenarios in columns, the best figure on each criterion in rows. */
export function ScenarioCompareTable({ columns, scenarios, names }: ScenarioCompareTableProps) {
  const { t, i18n } = useTranslation('transit');
  const locale = i18n.language as Locale;
  const format = useTransitFormat();
  const summaries = columns.map((column) => (column.routes ? summarizeRoutes(column.routes.routes) : null));
  const baseline = summaries[0] ?? null;
  const heading = (scenarioId: string): ReactNode => {
    if (!scenarioId) return t('baseline');
    const scenario = scenarios.find((candidate) => candidate.id === scenarioId);
    return scenario ? (pickText(scenario.name, locale)?.text ?? scenarioId) : scenarioId;
  };
  return (
    <div className="transit-table-scroll">
      <table className="table transit-compare" data-testid="scenario-compare">
        <caption>{t('compare.caption')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.scenarioId} scope="col" data-scenario-id={column.scenarioId || 'baseline'}>
                {heading(column.scenarioId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare.outcome')}</th>
            {columns.map((column) => (
              <OutcomeCell key={column.scenarioId} column={column} names={names} />
            ))}
          </tr>
          {METRICS.map((metric) => (
            <tr key={metric.key}>
              <th scope="row">{t(`compare.metric.${metric.key}`)}</th>
              {summaries.map((summary, index) => (
                <td key={columns[index]!.scenarioId} data-metric={metric.key}>
                  {summary ? metric.show(summary[metric.key], format) : '—'}
                  {summary && index > 0 && (
                    <Change metric={metric} value={summary[metric.key]} baseline={baseline?.[metric.key]} />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
