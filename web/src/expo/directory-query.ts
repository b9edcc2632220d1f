export const DIRECTORY_PAGE_SIZE = 20;

export type DirectoryFilters = { province: string; country: string; hs: string; language: string; q: string };
const KEYS: (keyof DirectoryFilters)[] = ['province', 'country', 'hs', 'language', 'q'];

export function directoryFiltersFrom(search: URLSearchParams): DirectoryFilters {
  return Object.fromEntries(KEYS.map((key) => [key, search.get(key) ?? ''])) as DirectoryFilters;
}

/** The filters as the page's own query string and as the API's, empty ones left out. */
export function directoryQueryOf(filters: DirectoryFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of KEYS) if (filters[key].trim()) query.set(key, filters[key].trim());
  return query;
}

export function exhibitorsPath(expoId: string, filters: DirectoryFilters, offset: number): string {
  const query = directoryQueryOf(filters);
  query.set('limit', String(DIRECTORY_PAGE_SIZE));
  if (offset > 0) query.set('offset', String(offset));
  return `/api/expos/${encodeURIComponent(expoId)}/exhibitors?${query.toString()}`;
}
