import { useMemo } from 'react';
import type { ApiProblem } from '../api/client.ts';
import type { EditionDetail, Expo, ProvinceSummary } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';

export type ExpoContext = {
  expo: Expo;
  edition: EditionDetail;
  provinces: ProvinceSummary[];
  provinceById: Map<string, ProvinceSummary>;
};

/** An edition's expo (the current edition's unless one is named) and the provinces that label its exhibitors and buyers. */
export function useExpo(editionId: string | null = null): { context: ExpoContext | null; problem: ApiProblem | null } {
  // One of the two reads is idle: the edition named, or else the current one.
  const named = useApi(editionId === null ? null : '/api/editions/{id}', { params: { path: { id: editionId ?? '' } } });
  const current = useApi(editionId === null ? '/api/editions/current' : null);
  const edition = editionId === null ? current : named;
  const provinces = useApi('/api/provinces');
  const context = useMemo(() => {
    const expo = edition.data?.expos[0];
    if (!edition.data || !expo || !provinces.data) return null;
    return {
      expo,
      edition: edition.data,
      provinces: provinces.data,
      provinceById: new Map(provinces.data.map((province) => [province.id, province])),
    };
  }, [edition.data, provinces.data]);
  return { context, problem: edition.problem ?? provinces.problem };
}
