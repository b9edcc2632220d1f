import type { paths } from '../../generated/api-types.ts';
import { isLocale } from '../i18n/locales.ts';

export const DIRECTORY_PAGE_SIZE = 20;

export type DirectoryFilters = { province: string; country: string; hs: string; language: string; q: string };
const KEYS: (keyof DirectoryFilters)[] = ['province', 'country', 'hs', 'language', 'q'];

type ExhibitorsQuery = NonNullable<paths['/api/expos/{expoId}/exhibitors']['get']['parameters']['query']>;

export function directoryFiltersFrom(search: URLSearchParams): DirectoryFilters {
  return Object.fromEntries(KEYS.map((key) => [key, search.get(key) ?? ''])) as DirectoryFilters;
}

/** The filters as the page's own query string, empty ones left out. */
export function directoryQueryOf(filters: DirectoryFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of KEYS) if (filters[key].trim()) query.set(key, filters[key].trim());
  return query;
}

const given = (text: string) => text.trim() || undefined;

/** The API's query for one page of the directory: empty filters are left out (the API refuses empty values). */
export function exhibitorsQuery(filters: DirectoryFilters, offset: number): ExhibitorsQuery {
  const language = filters.language.trim();
  return {
    province: given(filters.province),
    country: given(filters.country),
    hs: given(filters.hs),
    // The form offers only the platform's languages; another one in the address is no filter.
    language: isLocale(language) ? language : undefined,
    q: given(filters.q),
    limit: DIRECTORY_PAGE_SIZE,
    offset: offset > 0 ? offset : undefined,
  };
}
