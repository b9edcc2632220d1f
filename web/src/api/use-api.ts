import type { ClientPathsWithMethod, MaybeOptionalInit } from 'openapi-fetch';
import { useCallback, useEffect, useState } from 'react';
import type { paths } from '../../generated/api-types.ts';
import { ApiProblem, api, dataOf } from './client.ts';

export type Loadable<T> = { data: T | null; problem: ApiProblem | null; loading: boolean; reload: () => void };

export type ReadPath = ClientPathsWithMethod<typeof api, 'get'>;
export type ReadInit<P extends ReadPath> = MaybeOptionalInit<paths[P], 'get'>;
/** What a GET of the path answers with, as the server's schema says. */
export type ReadData<P extends ReadPath> = NonNullable<Awaited<ReturnType<typeof api.GET<P, ReadInit<P>>>>['data']>;

type ReadCall<P extends ReadPath> = ReturnType<typeof api.GET<P, ReadInit<P>>>;

/** Reads a GET endpoint. */
export function read<P extends ReadPath>(path: P, init?: ReadInit<P>): Promise<ReadData<P>> {
  // openapi-fetch types its rest parameter per path; a path chosen at run time needs the plain signature.
  const get = api.GET as (path: P, init?: ReadInit<P>) => ReadCall<P>;
  return dataOf(get(path, init));
}

/**
 * Loads a GET endpoint and loads it again when the path or its parameters change, or when
 * `dependency` does (the language of errors, a reload counter).
 */
export function useApi<P extends ReadPath>(
  path: P | null,
  init?: ReadInit<P>,
  dependency?: unknown,
): Loadable<ReadData<P>> {
  const [state, setState] = useState<{ data: ReadData<P> | null; problem: ApiProblem | null; loading: boolean }>({
    data: null,
    problem: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const request = path === null ? null : JSON.stringify([path, init ?? null]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `request` stands for path and init; generation and dependency ask for a fresh load.
  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    read(path, init)
      .then((data) => !cancelled && setState({ data, problem: null, loading: false }))
      .catch(
        (error: unknown) =>
          !cancelled && setState({ data: null, problem: error instanceof ApiProblem ? error : null, loading: false }),
      );
    return () => {
      cancelled = true;
    };
  }, [request, generation, dependency]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
