import { useMemo } from 'react';
import type { ApiProblem } from '../api/client.ts';
import type { ProvinceSummary, TaxonomyNode } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';

export type References = {
  provinces: ProvinceSummary[];
  provinceById: Map<string, ProvinceSummary>;
  /** Every node, retired ones too: an old item may still carry a retired code and must show its label. */
  nodes: TaxonomyNode[];
  nodeByCode: Map<string, TaxonomyNode>;
  sectors: TaxonomyNode[];
};

/** The provinces and the taxonomy that filters, rows and the form label their codes with. */
export function useReferences(): { references: References | null; problem: ApiProblem | null } {
  const provinces = useApi('/api/provinces');
  const taxonomy = useApi('/api/taxonomy', { params: { query: { includeRetired: 'true' } } });
  const references = useMemo(() => {
    if (!provinces.data || !taxonomy.data) return null;
    return {
      provinces: provinces.data,
      provinceById: new Map(provinces.data.map((province) => [province.id, province])),
      nodes: taxonomy.data,
      nodeByCode: new Map(taxonomy.data.map((node) => [node.code, node])),
      sectors: taxonomy.data.filter((node) => node.parentCode === null),
    };
  }, [provinces.data, taxonomy.data]);
  return { references, problem: provinces.problem ?? taxonomy.problem };
}

export const subcategoriesOf = (references: References, sectorCode: string) =>
  references.nodes.filter((node) => node.parentCode === sectorCode);
