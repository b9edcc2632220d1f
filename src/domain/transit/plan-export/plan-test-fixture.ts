import type { Locale } from '../../../platform/i18n/locales.ts';
import { serverMessages } from '../../../platform/i18n/server-messages.ts';
import type { ParetoRoute, RouteStep, TransitMode } from '../model.ts';
import type { PlanInput, PlanParameter } from './plan-document.ts';

/** Two hand-made routes from Rasht to Astrakhan: by sea from Anzali (estimated crossing), and by rail through Astara and Baku. */
const NAMES: Record<string, Partial<Record<Locale, string>> & { en: string }> = {
  'city-rasht': { en: 'Rasht', fa: 'رشت', ru: 'Решт' },
  'port-anzali': { en: 'Anzali port', fa: 'بندر انزلی', ru: 'порт Энзели' },
  'port-astrakhan': { en: 'Astrakhan port', fa: 'بندر آستاراخان', ru: 'порт Астрахань' },
  'border-astara': { en: 'Astara', fa: 'آستارا', ru: 'Астара' },
  'city-baku': { en: 'Baku', fa: 'باکو', ru: 'Баку' },
};

type Figures = Pick<RouteStep, 'distanceKm' | 'travelHours' | 'travelUsdPerTonne' | 'co2KgPerTonne'>;

function step(
  fromNodeId: string,
  toNodeId: string,
  mode: TransitMode,
  figures: Figures,
  more: Partial<RouteStep> = {},
): RouteStep {
  return {
    legId: `${fromNodeId}--${toNodeId}`,
    fromNodeId,
    toNodeId,
    mode,
    distanceEstimated: false,
    crossesBorder: false,
    penalties: [],
    ...figures,
    ...more,
  };
}

export const SEA_ROUTE: ParetoRoute = {
  bestFor: ['fastest', 'fewest_borders'],
  totals: {
    hours: 77.6,
    usdPerTonne: 48.5,
    borders: 1,
    co2KgPerTonne: 12.4,
    distanceKm: 1270.4,
    estimatedDistanceKm: 1230.4,
  },
  steps: [
    step('city-rasht', 'port-anzali', 'road', {
      distanceKm: 40,
      travelHours: 0.8,
      travelUsdPerTonne: 3.2,
      co2KgPerTonne: 3.6,
    }),
    step(
      'port-anzali',
      'port-astrakhan',
      'sea',
      { distanceKm: 1230.4, travelHours: 48.8, travelUsdPerTonne: 30.3, co2KgPerTonne: 8.8 },
      {
        distanceEstimated: true,
        crossesBorder: true,
        penalties: [
          { kind: 'port_loading', nodeId: 'port-anzali', hours: 12, usdPerTonne: 6 },
          { kind: 'port_unloading', nodeId: 'port-astrakhan', hours: 12, usdPerTonne: 6 },
          { kind: 'border_dwell', nodeId: 'port-astrakhan', hours: 4, usdPerTonne: 3 },
        ],
      },
    ),
  ],
};

export const RAIL_ROUTE: ParetoRoute = {
  bestFor: ['cheapest', 'lowest_co2'],
  totals: { hours: 131, usdPerTonne: 41.25, borders: 2, co2KgPerTonne: 9.1, distanceKm: 1320, estimatedDistanceKm: 0 },
  steps: [
    step(
      'city-rasht',
      'border-astara',
      'rail',
      { distanceKm: 162, travelHours: 3.6, travelUsdPerTonne: 5.5, co2KgPerTonne: 3.2 },
      {
        crossesBorder: true,
        penalties: [{ kind: 'gauge_change', nodeId: 'border-astara', hours: 10, usdPerTonne: 4.5 }],
      },
    ),
    step('border-astara', 'city-baku', 'rail', {
      distanceKm: 240,
      travelHours: 6,
      travelUsdPerTonne: 8,
      co2KgPerTonne: 1.5,
    }),
    step(
      'city-baku',
      'port-astrakhan',
      'rail',
      { distanceKm: 918, travelHours: 23, travelUsdPerTonne: 23.25, co2KgPerTonne: 4.4 },
      {
        crossesBorder: true,
        penalties: [{ kind: 'border_dwell', nodeId: 'port-astrakhan', hours: 24, usdPerTonne: 0 }],
      },
    ),
  ],
};

export const PARAMETERS: PlanParameter[] = [
  { key: 'speed_kmh.rail', value: 40, unit: 'km_per_hour', source: 'RZD tariff guide 2024', assumption: false },
  { key: 'detour_factor.rail', value: 1.3, unit: 'ratio', source: null, assumption: true },
  { key: 'detour_factor.road', value: 1.25, unit: 'ratio', source: null, assumption: true },
  { key: 'detour_factor.sea', value: 1.15, unit: 'ratio', source: null, assumption: true },
  {
    key: 'cost_usd_per_tonne_km.sea.container',
    value: 0.0246,
    unit: 'usd_per_tonne_km',
    source: 'UNESCAP corridor study',
    assumption: false,
  },
  { key: 'port_handling_hours', value: 12, unit: 'hours', source: null, assumption: true },
];

export function planInput(locale: Locale, overrides: Partial<PlanInput> = {}): PlanInput {
  const nameOf = (id: string) => NAMES[id]?.[locale] ?? NAMES[id]?.en ?? id;
  return {
    query: {
      fromName: nameOf('city-rasht'),
      toName: nameOf('port-astrakhan'),
      cargo: 'container',
      month: 3,
      tonnes: 1200,
      scenarioName: null,
    },
    routes: [SEA_ROUTE, RAIL_ROUTE],
    nodeName: nameOf,
    networkVersion: 14,
    generatedAt: new Date('2025-11-18T08:30:00Z'),
    parameters: PARAMETERS,
    locale,
    t: serverMessages(locale),
    ...overrides,
  };
}
