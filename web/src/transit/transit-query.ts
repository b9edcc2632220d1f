import { CARGO_TYPES } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';

type CargoType = (typeof CARGO_TYPES)[number];

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
const DEFAULT_TONNES = 20;
const MAX_TONNES = 1_000_000;

function isCargoType(value: string | null): value is CargoType {
  return CARGO_TYPES.some((cargo) => cargo === value);
}

function monthFrom(value: string | null, currentMonth: number): number {
  const month = Number(value);
  return value && Number.isInteger(month) && month >= 1 && month <= 12 ? month : currentMonth;
}

function tonnesFrom(value: string | null): number {
  const tonnes = Number(value);
  return value && Number.isFinite(tonnes) && tonnes > 0 && tonnes <= MAX_TONNES ? tonnes : DEFAULT_TONNES;
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

/** The query's own parameters, the baseline left out; `scenario` replaces the query's scenario when given. */
function routeParams(query: TransitQuery, scenario: string = query.scenario): URLSearchParams {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    cargo: query.cargo,
    month: String(query.month),
    tonnes: String(query.tonnes),
  });
  if (scenario) params.set('scenario', scenario);
  return params;
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

export function routesPath(query: TransitQuery, scenario?: string): string {
  return `/api/transit/routes?${routeParams(query, scenario).toString()}`;
}

export function planExportPath(format: 'pdf' | 'xlsx', query: TransitQuery, locale: Locale): string {
  const params = routeParams(query);
  params.set('lang', locale);
  return `/api/transit/plan.${format}?${params.toString()}`;
}
