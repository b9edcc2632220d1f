import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EditionDetail } from '../api/types.ts';
import { useApi, type Loadable } from '../api/use-api.ts';

export type EditionChoice = Pick<EditionDetail, 'id' | 'name' | 'startsOn' | 'timeZone' | 'status'>;

/**
 * The edition a page shows: the one named in the address (?edition=…), so that a link or a reload
 * keeps it, or else the current one (the latest published: the list comes newest first). A
 * secretariat page offers drafts too (`drafts: 'include'`, which the server allows the secretariat
 * only), so the next edition can be prepared before it is published; a public page never does.
 */
export function useEditionChoice({ drafts }: { drafts: 'include' | 'exclude' }): {
  editions: Loadable<EditionChoice[]>;
  editionId: string | null;
  choose: (id: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const editions = useApi('/api/editions', drafts === 'include' ? { params: { query: { drafts } } } : undefined);
  const current = editions.data?.find((edition) => edition.status === 'published') ?? editions.data?.[0];
  const editionId = params.get('edition') ?? current?.id ?? null;
  const choose = useCallback(
    (id: string) => setParams((previous) => ({ ...Object.fromEntries(previous), edition: id }), { replace: true }),
    [setParams],
  );
  return { editions, editionId, choose };
}
