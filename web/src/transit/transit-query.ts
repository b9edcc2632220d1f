import type { paths } from '../../generated/api-types.ts';
import { CARGO_TYPES } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { ROUTE_QUERY_LIMITS } from '../../../src/domain/transit/model.ts';

type CargoType = (typeof CARGO_TYPES)[number];
type RoutesQuery = paths['/api/transit/routes']['get']['parameters']['query'];

/** What the planner is asked, as it lives in the page's address so a link reproduces it. */
export type TransitQuery = {
  from: string;
  to: string;
  cargo: CargoType;
  month: number;
  tonnes: number;
  /** A saved scenario's id; empty for the baseline network. */
  scenario: string;
};

/** The example a first visit shows: the question the summit's panel on transit keeps asking. */
const EXAMPLE_QUERY = { from: 'gilan', to: 'astrakhan', cargo: 'container' } as const;
// The API's own bounds and default: what it would refuse is not put in the address.
const { month: MONTH, tonnes: TONNES } = ROUTE_QUERY_LIMITS;

function isCargoType(value: string | null): value is CargoType {
  return CARGO_TYPES.some((cargo) => cargo === value);
}

function monthFrom(value: string | null, currentMonth: number): number {
  const month = Number(value);
  return value && Number.isInteger(month) && month >= MONTH.minimum && month <= MONTH.maximum ? month : currentMonth;
}

function tonnesFrom(value: string | null): number {
  const tonnes = Number(value);
  return value && Number.isFinite(tonnes) && tonnes > TONNES.exclusiveMinimum && tonnes <= TONNES.maximum
    ? tonnes
    : TONNES.default;
}

/** Reads the query from the address; what is missing or unusable falls back to the example and today's month. */
export function queryFromSearch(search: URLSearchParams, currentMonth: number): TransitQuery {
  const cargo = search.get('cargo');
  return {
    from: search.get('from')?.trim() || EXAMPLE_QUERY.from,
    to: search.get('to')?.trim() || EXAMPLE_QUERY.to,
    cargo: isCargoType(cargo) ? cargo : EXAMPLE_QUERY.cargo,
    month: monthFrom(search.get('month'), currentMonth),
    tonnes: tonnesFrom(search.get('tonnes')),
    scenario: search.get('scenario')?.trim() ?? '',
  };
}

/** What the API is asked for the routes that answer the query; `scenario` replaces the query's own, '' is the baseline. */
export function routesQuery(query: TransitQuery, scenario: string = query.scenario): RoutesQuery {
  const { from, to, cargo, month, tonnes } = query;
  return scenario ? { from, to, cargo, month, tonnes, scenario } : { from, to, cargo, month, tonnes };
}

/** The same question as parameters of an address, in the API's order. */
function routeParams(query: TransitQuery): URLSearchParams {
  return new URLSearchParams(Object.entries(routesQuery(query)).map(([key, value]) => [key, String(value)]));
}

/** The page's address for a query, keeping the scenarios chosen for comparison. */
export function searchOfQuery(query: TransitQuery, compareIds: readonly string[] = []): URLSearchParams {
  const params = routeParams(query);
  if (compareIds.length > 0) params.set('compare', compareIds.join(','));
  return params;
}

/** Scenario ids chosen for side-by-side comparison. */
export function compareIdsFrom(search: URLSearchParams): string[] {
  return (search.get('compare') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id, index, all) => id !== '' && all.indexOf(id) === index);
}

export function planExportPath(format: 'pdf' | 'xlsx', query: TransitQuery, locale: Locale): string {
  const params = routeParams(query);
  params.set('lang', locale);
  return `/api/transit/plan.${format}?${params.toString()}`;
}
