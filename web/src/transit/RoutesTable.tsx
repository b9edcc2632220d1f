import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitRoute } from '../api/types.ts';
import { RouteSteps } from './RouteSteps.tsx';
import { EstimateBadge } from './EstimateBadge.tsx';
import { modesOf } from './transit-format.ts';
import type { PlannerNetwork } from './use-planner-network.ts';
import { useTransitFormat } from './use-transit-format.ts';

type RoutesTableProps = {
  routes: TransitRoute[];
  tonnes: number;
  selectedIndex: number;
  names: Pick<PlannerNetwork, 'nameOfNode'>;
  onSelect: (index: number) => void;
  onPreview: (index: number | null) => void;
};

const COLUMNS = ['route', 'time', 'cost', 'borders', 'co2', 'distance', 'modes', 'legs'] as const;

type RouteRowProps = {
  route: TransitRoute;
  index: number;
  tonnes: number;
  selected: boolean;
  expanded: boolean;
  onSelect: () => void;
  onToggle: () => void;
  onPreview: (shown: boolean) => void;
};

function RouteRow({ route, index, tonnes, selected, expanded, onSelect, onToggle, onPreview }: RouteRowProps) {
  const { t } = useTranslation('transit');
  const format = useTransitFormat();
  const { totals } = route;
  return (
    <tr
      className={selected ? 'transit-routes__row is-selected' : 'transit-routes__row'}
      data-testid="transit-route-row"
      onClick={onSelect}
      onMouseEnter={() => onPreview(true)}
      onMouseLeave={() => onPreview(false)}
      onFocus={() => onPreview(true)}
      onBlur={() => onPreview(false)}
    >
      <th scope="row">
        <button type="button" className="link-button transit-routes__pick" onClick={onSelect} aria-pressed={selected}>
          {t('routes.routeNumber', { number: format.number(index + 1) })}
        </button>
        <span className="transit-bests">
          {route.bestFor.map((best) => (
            <span key={best} className={`badge transit-best transit-best--${best}`}>
              {t(`best.${best}`)}
            </span>
          ))}
        </span>
      </th>
      <td data-testid="route-time">{format.duration(totals.hours)}</td>
      <td>
        {format.usdPerTonne(totals.usdPerTonne)}
        <small className="transit-routes__total">
          {t('routes.totalFor', { value: format.usd(totals.usdPerTonne * tonnes), tonnes: format.number(tonnes) })}
        </small>
      </td>
      <td>{format.number(totals.borders)}</td>
      <td>
        {format.kgPerTonne(totals.co2KgPerTonne)}
        <small className="transit-routes__total">
          {t('routes.co2Total', { value: format.co2Tonnes(totals.co2KgPerTonne, tonnes) })}
        </small>
      </td>
      <td>
        {format.km(totals.distanceKm)}
        {totals.estimatedDistanceKm > 0 && (
          <small className="transit-routes__total">
            {t('routes.estimatedPart', { value: format.km(totals.estimatedDistanceKm) })} <EstimateBadge />
          </small>
        )}
      </td>
      <td>
        {modesOf(route)
          .map((mode) => t(`mode.${mode}`))
          .join(t('translation:common.listSeparator'))}
      </td>
      <td>
        <button type="button" className="link-button" aria-expanded={expanded} onClick={onToggle}>
          {t(expanded ? 'routes.hideLegs' : 'routes.showLegs')}
        </button>
      </td>
    </tr>
  );
}

/** The Pareto routes side by side: none beats another on every criterion, so each row is a real choice. */
export function RoutesTable({ routes, tonnes, selectedIndex, names, onSelect, onPreview }: RoutesTableProps) {
  const { t } = useTranslation('transit');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <div className="transit-routes transit-table-scroll">
      <table className="table transit-routes__table" data-testid="transit-routes">
        <caption>{t('routes.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`routes.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {routes.map((route, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a route is "Route n" here: selection, preview and the open rows go by its place, and the table is mounted anew for each answer, whose routes never change or reorder.
            <Fragment key={index}>
              <RouteRow
                route={route}
                index={index}
                tonnes={tonnes}
                selected={index === selectedIndex}
                expanded={expanded.has(index)}
                onSelect={() => onSelect(index)}
                onToggle={() => toggle(index)}
                onPreview={(shown) => onPreview(shown ? index : null)}
              />
              {expanded.has(index) && (
                <tr className="transit-routes__steps">
                  <td colSpan={COLUMNS.length}>
                    <RouteSteps route={route} names={names} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
