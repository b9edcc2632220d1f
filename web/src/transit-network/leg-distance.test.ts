import { describe, expect, it } from 'vitest';
import type { TransitLeg, TransitParameter } from '../api/types.ts';
import { describeLegDistance } from './leg-distance.ts';

const leg = (change: Partial<TransitLeg>): TransitLeg => ({
  id: 'city-rasht__bc-astara__rail',
  fromNodeId: 'city-rasht',
  toNodeId: 'bc-astara',
  mode: 'rail',
  status: 'planned',
  distanceKm: null,
  distanceSource: null,
  greatCircleKm: 140.4,
  distance: { km: 182.52, estimated: true },
  crossesBorder: false,
  gaugeBreak: false,
  note: null,
  updatedAt: '2025-11-01T00:00:00.000Z',
  ...change,
});
const railDetour = { key: 'detour_factor.rail', value: 1.3 } as TransitParameter;

describe('the distance of a leg', () => {
  it('gives a sourced distance with its source', () => {
    const sourced = leg({
      distanceKm: 162,
      distanceSource: 'https://example.org/rasht-astara',
      distance: { km: 162, estimated: false },
    });
    expect(describeLegDistance(sourced, [railDetour], 'en')).toEqual({
      kind: 'sourced',
      km: '162',
      source: 'https://example.org/rasht-astara',
    });
  });

  it('shows how an estimate was made: great circle times the detour factor of the mode', () => {
    expect(describeLegDistance(leg({}), [railDetour], 'en')).toEqual({
      kind: 'estimated',
      km: '183',
      greatCircleKm: '140',
      detourFactor: '1.3',
    });
  });

  it('writes the estimate in Persian digits for a Persian reader', () => {
    expect(describeLegDistance(leg({}), [railDetour], 'fa')).toEqual({
      kind: 'estimated',
      km: '۱۸۳',
      greatCircleKm: '۱۴۰',
      detourFactor: '۱٫۳',
    });
  });

  it('reads the factor off the leg itself when the parameters are not at hand', () => {
    expect(
      describeLegDistance(leg({ greatCircleKm: 100, distance: { km: 125, estimated: true } }), [], 'en'),
    ).toMatchObject({ detourFactor: '1.25' });
  });

  it('gives no factor when the leg has no great-circle distance to multiply', () => {
    expect(describeLegDistance(leg({ greatCircleKm: null }), [], 'en')).toMatchObject({
      kind: 'estimated',
      greatCircleKm: null,
      detourFactor: null,
    });
  });
});
