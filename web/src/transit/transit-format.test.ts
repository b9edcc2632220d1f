import { describe, expect, it } from 'vitest';
import type { TransitNode, TransitRoute } from '../api/types.ts';
import { parameterKeyParts } from './parameter-key.ts';
import { co2TotalTonnes, durationParts, formatUsd, modesOf, monthName, nodeName } from './transit-format.ts';

const step = (mode: 'rail' | 'road' | 'sea') => ({
  legId: `l-${mode}`,
  fromNodeId: 'a',
  toNodeId: 'b',
  mode,
  distanceKm: 1,
  distanceEstimated: false,
  travelHours: 1,
  travelUsdPerTonne: 1,
  co2KgPerTonne: 1,
  crossesBorder: false,
  penalties: [],
});
const routeOf = (modes: ('rail' | 'road' | 'sea')[]): TransitRoute => ({
  totals: { hours: 1, usdPerTonne: 1, borders: 0, co2KgPerTonne: 1, distanceKm: 1, estimatedDistanceKm: 0 },
  steps: modes.map(step),
  bestFor: [],
});

describe('transit figures in words', () => {
  it('splits hours into whole days and the hours left, rounding to the hour', () => {
    expect(durationParts(80.3)).toEqual({ days: 3, hours: 8 });
    expect(durationParts(23.6)).toEqual({ days: 1, hours: 0 });
    expect(durationParts(0.4)).toEqual({ days: 0, hours: 0 });
  });

  it('names the month of travel by the Solar Hijri months it spans for a Persian reader, the Gregorian name after them', () => {
    expect(monthName(12, 'fa')).toBe('آذر تا دی (دسامبر)');
    expect(monthName(1, 'fa')).toBe('دی تا بهمن (ژانویه)');
  });

  it('names the month of travel in the Gregorian calendar elsewhere', () => {
    expect(monthName(1, 'ru')).toBe('январь');
    expect(monthName(12, 'en')).toBe('December');
  });

  it("writes dollars with the reader's digits, cents only on small sums", () => {
    expect(formatUsd(82.0285, 'fa')).toContain('۸۲٫۰۳');
    expect(formatUsd(1640.57, 'en')).toBe('US$1,641');
  });

  it('lists the modes of a route once each, in the order it uses them', () => {
    expect(modesOf(routeOf(['road', 'road', 'rail', 'sea', 'rail']))).toEqual(['road', 'rail', 'sea']);
  });

  it('turns kilograms of CO2 per tonne into tonnes for the whole consignment', () => {
    expect(co2TotalTonnes(47.5, 20)).toBeCloseTo(0.95);
  });

  it("names a node in the reader's language, else in another, else by its id", () => {
    const node = { id: 'city-rasht', names: { en: 'Rasht', fa: 'رشت' } } as unknown as TransitNode;
    expect(nodeName(node, 'fa')).toBe('رشت');
    expect(nodeName(node, 'kk')).toBe('Rasht');
    expect(nodeName({ ...node, names: {} }, 'ru')).toBe('city-rasht');
    expect(nodeName(undefined, 'ru', 'bc-astara')).toBe('bc-astara');
  });
});

describe('parameter keys', () => {
  it('read as a measure with the mode and cargo it applies to', () => {
    expect(parameterKeyParts('cost_usd_per_tonne_km.sea.reefer')).toEqual({
      measure: 'cost_usd_per_tonne_km',
      mode: 'sea',
      cargo: 'reefer',
    });
    expect(parameterKeyParts('speed_kmh.rail')).toEqual({ measure: 'speed_kmh', mode: 'rail' });
    expect(parameterKeyParts('port_handling_hours')).toEqual({ measure: 'port_handling_hours' });
  });
});
