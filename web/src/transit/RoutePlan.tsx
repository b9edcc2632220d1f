import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitRoutes } from '../api/types.ts';
import type { Loadable } from '../api/use-api.ts';
import { ProblemMessage } from '../app/ProblemMessage.tsx';
import { MapLoading } from '../map/LazyCaspianMap.tsx';
import { blockedLegsOf, isNoRoute } from './no-route-problem.ts';
import { NoRouteMessage } from './NoRouteMessage.tsx';
import { RoutesTable } from './RoutesTable.tsx';
import type { PlannerNetwork } from './use-planner-network.ts';

/** The map, its overlays and d3-geo load when the planner first shows routes, not with the main script. */
const TransitMap = lazy(() => import('./TransitMap.tsx').then((module) => ({ default: module.TransitMap })));

function RoutesOutcome({
  routes,
  network,
  selected,
  onSelect,
  onPreview,
}: {
  routes: Loadable<TransitRoutes>;
  network: PlannerNetwork;
  selected: number;
  onSelect: (index: number) => void;
  onPreview: (index: number | null) => void;
}) {
  const { t } = useTranslation('transit');
  if (routes.loading) return <p role="status">{t('routes.loading')}</p>;
  if (isNoRoute(routes.problem)) return <NoRouteMessage problem={routes.problem} names={network} />;
  if (routes.problem) return <ProblemMessage problem={routes.problem} />;
  if (!routes.data) return null;
  return (
    <RoutesTable
      routes={routes.data.routes}
      tonnes={routes.data.tonnes}
      selectedIndex={selected}
      names={network}
      onSelect={onSelect}
      onPreview={onPreview}
    />
  );
}

/**
 * The map and the routes that answer one query. The page mounts it anew for each query, so the
 * first (fastest) route is the one shown until the reader picks another.
 */
export function RoutePlan({ routes, network }: { routes: Loadable<TransitRoutes>; network: PlannerNetwork }) {
  const { t } = useTranslation('transit');
  const [selected, setSelected] = useState(0);
  const [preview, setPreview] = useState<number | null>(null);
  // While the next answer loads, the previous one is not shown as if it were the answer.
  const found = (!routes.loading && routes.data?.routes) || [];
  const blocked = !routes.loading && isNoRoute(routes.problem) ? blockedLegsOf(routes.problem) : [];
  return (
    <>
      <Suspense fallback={<MapLoading />}>
        <TransitMap
          state={network}
          selected={found[selected] ?? null}
          preview={preview === null ? null : (found[preview] ?? null)}
          blocked={blocked}
        />
      </Suspense>
      <section
        className="transit-panel transit-results"
        aria-labelledby="transit-routes-title"
        aria-busy={routes.loading}
      >
        <h2 id="transit-routes-title">{t('routes.title')}</h2>
        {found.length > 1 && <p className="hint">{t('routes.paretoHint')}</p>}
        <RoutesOutcome
          routes={routes}
          network={network}
          selected={selected}
          onSelect={setSelected}
          onPreview={setPreview}
        />
      </section>
    </>
  );
}
