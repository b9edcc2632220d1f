import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, api } from './client.ts';

export type Loadable<T> = { data: T | null; problem: ApiProblem | null; loading: boolean; reload: () => void };

/** Loads a GET endpoint and reloads it when the path (or the language of errors) changes. */
export function useApi<T>(path: string | null, dependency?: unknown): Loadable<T> {
  const [state, setState] = useState<{ data: T | null; problem: ApiProblem | null; loading: boolean }>({
    data: null,
    problem: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` (bumped by reload) and the caller's `dependency` (e.g. the language of errors) are deliberate extras that refetch the same path.
  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    api<T>('GET', path)
      .then((data) => !cancelled && setState({ data, problem: null, loading: false }))
      .catch(
        (error: unknown) =>
          !cancelled && setState({ data: null, problem: error instanceof ApiProblem ? error : null, loading: false }),
      );
    return () => {
      cancelled = true;
    };
  }, [path, generation, dependency]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
