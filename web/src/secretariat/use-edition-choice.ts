import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EditionDetail } from '../api/types.ts';
import { useApi, type Loadable } from '../api/use-api.ts';

export type EditionChoice = Pick<EditionDetail, 'id' | 'name' | 'startsOn' | 'timeZone'>;

/**
 * The edition a secretariat page shows: the one named in the address (?edition=…), so that a
 * link or a reload keeps it, or else the current one (the list comes newest first).
 */
export function useEditionChoice(): {
  editions: Loadable<EditionChoice[]>;
  editionId: string | null;
  choose: (id: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const editions = useApi('/api/editions');
  const editionId = params.get('edition') ?? editions.data?.[0]?.id ?? null;
  const choose = useCallback(
    (id: string) => setParams((previous) => ({ ...Object.fromEntries(previous), edition: id }), { replace: true }),
    [setParams],
  );
  return { editions, editionId, choose };
}
