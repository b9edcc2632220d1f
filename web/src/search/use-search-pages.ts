import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../api/client.ts';
import { type ReadData, type ReadInit, read } from '../api/use-api.ts';

type Answer = ReadData<'/api/search'>;
type Query = NonNullable<NonNullable<ReadInit<'/api/search'>>['params']>['query'];

type Pages = {
  /** The first page's answer (concepts, places, facets), with the hits of every page loaded so far. */
  answer: Answer | null;
  problem: ApiProblem | null;
  /** The server could not be reached at all. */
  unreachable: boolean;
  loading: boolean;
  loadMore: (() => void) | null;
};

/** A search and the pages after it, each asked for with the cursor the previous one gave. */
export function useSearchPages(query: Query | null): Pages {
  const [state, setState] = useState<Omit<Pages, 'loadMore'>>(NOTHING);
  const key = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query.
  useEffect(() => {
    if (!query) return setState(NOTHING);
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    fetchPage(query).then((next) => !cancelled && setState({ ...next, loading: false }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  const cursor = state.answer?.nextCursor ?? null;
  const loadMore = useCallback(() => {
    if (!query || !cursor) return;
    setState((previous) => ({ ...previous, loading: true }));
    fetchPage({ ...query, cursor }).then((next) =>
      setState((previous) => ({
        ...next,
        loading: false,
        answer:
          previous.answer && next.answer
            ? {
                ...previous.answer,
                results: [...previous.answer.results, ...next.answer.results],
                nextCursor: next.answer.nextCursor,
              }
            : previous.answer,
      })),
    );
  }, [query, cursor]);
  return { ...state, loadMore: cursor ? loadMore : null };
}

const NOTHING = { answer: null, problem: null, unreachable: false, loading: false };

type Page = { answer: Answer | null; problem: ApiProblem | null; unreachable: boolean };

async function fetchPage(query: Query): Promise<Page> {
  try {
    return { answer: await read('/api/search', { params: { query } }), problem: null, unreachable: false };
  } catch (error) {
    return error instanceof ApiProblem
      ? { answer: null, problem: error, unreachable: false }
      : { answer: null, problem: null, unreachable: true };
  }
}
