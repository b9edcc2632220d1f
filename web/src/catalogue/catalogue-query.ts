import type { paths } from '../../generated/api-types.ts';
import { ITEM_KINDS } from '../api/types.ts';

/** The query GET /api/items takes, as the server's schema says. */
type ItemQuery = NonNullable<paths['/api/items']['get']['parameters']['query']>;

/**
 * The list's filters live in the page's query string, so that a filtered list has a stable URL
 * that can be shared; the same names go to GET /api/items and the export.
 */
export const FILTER_NAMES = [
  'country',
  'province',
  'kind',
  'sector',
  'hs',
  'validOn',
  'q',
  'status',
] as const satisfies readonly (keyof ItemQuery)[];
export type FilterName = (typeof FILTER_NAMES)[number];
export type CatalogueFilters = Partial<Record<FilterName, string>>;

export const PAGE_SIZE = 20;

export function filtersFrom(search: URLSearchParams): CatalogueFilters {
  const filters: CatalogueFilters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

export function offsetFrom(search: URLSearchParams): number {
  const offset = Number(search.get('offset'));
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

/** Only the known, non-empty filters: the API refuses unknown query parameters. */
export function queryOf(filters: CatalogueFilters, extra: Record<string, string | number> = {}): string {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, String(value));
  return query.toString();
}

const isItemKind = (value: string | undefined): value is NonNullable<ItemQuery['kind']> =>
  ITEM_KINDS.some((kind) => kind === value);

/** One page of the list, as GET /api/items takes it: only the known, non-empty filters (it refuses the others). */
export function itemsQuery(filters: CatalogueFilters, offset: number): ItemQuery {
  const query: ItemQuery = { limit: PAGE_SIZE, offset };
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (!value) continue;
    if (name !== 'kind') query[name] = value;
    else if (isItemKind(value)) query.kind = value;
  }
  return query;
}

export const exportPath = (filters: CatalogueFilters, format: 'xlsx' | 'csv') =>
  `/api/items/export?${queryOf(filters, { format })}`;
