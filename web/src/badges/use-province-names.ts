import { useMemo } from 'react';
import type { ProvinceSummary } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';

/** Province names by id, for rows that carry only the id. */
export function useProvinceNames() {
  const provinces = useApi<ProvinceSummary[]>('/api/provinces');
  return useMemo(() => new Map((provinces.data ?? []).map((province) => [province.id, province.names])), [provinces.data]);
}
