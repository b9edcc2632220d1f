import { useEffect, useEffectEvent, useState } from 'react';
import { ApiProblem } from '../api/client.ts';
import type { TransitRoutes } from '../api/types.ts';
import { read } from '../api/use-api.ts';
import { routesQuery, searchOfQuery, type TransitQuery } from './transit-query.ts';

/** One column of the comparison: the routes the network gives under a scenario, or why it gives none. */
export type ComparisonColumn = {
  scenarioId: string;
  routes: TransitRoutes | null;
  problem: ApiProblem | null;
  loading: boolean;
};

const loadingColumn = (scenarioId: string): ComparisonColumn => ({
  scenarioId,
  routes: null,
  problem: null,
  loading: true,
});

async function loadColumn(query: TransitQuery, scenarioId: string): Promise<ComparisonColumn> {
  try {
    return {
      scenarioId,
      routes: await read('/api/transit/routes', { params: { query: routesQuery(query, scenarioId) } }),
      problem: null,
      loading: false,
    };
  } catch (error) {
    if (error instanceof ApiProblem) return { scenarioId, routes: null, problem: error, loading: false };
    throw error;
  }
}

/** The same query on the baseline (id '') and on each chosen scenario, fetched together (again when the language changes: problems are worded in it). */
export function useScenarioComparison(
  query: TransitQuery,
  scenarioIds: readonly string[],
  language: string,
): ComparisonColumn[] {
  const ids = ['', ...scenarioIds];
  const key = `${searchOfQuery({ ...query, scenario: '' }).toString()}|${ids.join(',')}|${language}`;
  const [columns, setColumns] = useState<{ key: string; columns: ComparisonColumn[] }>({ key: '', columns: [] });
  // Reads this render's query and ids, which are new objects on every render; the key says when to fetch again.
  const load = useEffectEvent(() =>
    scenarioIds.length === 0 ? null : Promise.all(ids.map((id) => loadColumn(query, id))),
  );
  useEffect(() => {
    const loading = load();
    if (!loading) return;
    let cancelled = false;
    loading.then((loaded) => !cancelled && setColumns({ key, columns: loaded }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  return columns.key === key ? columns.columns : ids.map(loadingColumn);
}
