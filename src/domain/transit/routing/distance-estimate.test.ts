import { describe, expect, it } from 'vitest';
import { greatCircleKm, legDistance } from './distance-estimate.ts';
import { TEST_PARAMETERS, testLeg, testNode } from './test-network.ts';

describe('greatCircleKm', () => {
  it('measures one degree of latitude as 2πR/360 on a 6371 km earth', () => {
    expect(greatCircleKm({ lat: 10, lon: 50 }, { lat: 11, lon: 50 })).toBeCloseTo((2 * Math.PI * 6371) / 360, 6);
  });

  it('shrinks a degree of longitude towards the poles', () => {
    const atEquator = greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 });
    expect(greatCircleKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(atEquator / 2, 0);
  });

  it('is zero between a point and itself and the same both ways', () => {
    const rasht = { lat: 37.28, lon: 49.58 };
    const baku = { lat: 40.41, lon: 49.87 };
    expect(greatCircleKm(rasht, rasht)).toBe(0);
    expect(greatCircleKm(rasht, baku)).toBeCloseTo(greatCircleKm(baku, rasht), 9);
  });
});

describe('legDistance', () => {
  const nodesById = new Map(
    [testNode('a', { lat: 10, lon: 50 }), testNode('b', { lat: 11, lon: 50 })].map((node) => [node.id, node]),
  );

  it('uses a sourced distance as it is, not flagged as estimated', () => {
    expect(
      legDistance(testLeg('a', 'b', 'rail', { distanceKm: 164, greatCircleKm: 118 }), nodesById, TEST_PARAMETERS),
    ).toEqual({ km: 164, estimated: false });
  });

  it("stretches the leg's great-circle distance by the mode's detour factor when no source exists", () => {
    const distance = legDistance(
      testLeg('a', 'b', 'road', { distanceKm: null, greatCircleKm: 100 }),
      nodesById,
      TEST_PARAMETERS,
    );
    expect(distance.estimated).toBe(true);
    expect(distance.km).toBeCloseTo(130, 9);
  });

  it("falls back to the end nodes' coordinates when the leg has no great-circle distance either", () => {
    const distance = legDistance(
      testLeg('a', 'b', 'sea', { distanceKm: null, greatCircleKm: null }),
      nodesById,
      TEST_PARAMETERS,
    );
    expect(distance).toEqual({ km: expect.closeTo(1.1 * ((2 * Math.PI * 6371) / 360), 6), estimated: true });
  });
});
