import { describe, it, expect } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import {
  boundsIntersectBox,
  CASPIAN_REGION,
  CASPIAN_SEA_POINT,
  countriesInRegion,
  createFrame,
  isInsideFrame,
  projectPoint,
} from './map-geometry.ts';
import { boxesOverlap, placeLabels, separateMarkers } from './label-layout.ts';
import { labelScale, layoutMap, mapSizes, splitInTwoLines } from './map-layout.ts';
import type { MapPort, MapProvince } from './map-types.ts';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const all = feature(topology, topology.objects.countries) as FeatureCollection;
const kept = countriesInRegion(all);
const keptIds = new Set(kept.map((c) => c.id));

const SAMPLE: [string, number, number][] = [
  ['gilan', 37.433, 49.55],
  ['mazandaran', 36.5656, 53.0588],
  ['golestan', 37.333, 55.15],
  ['hormozgan', 27.1, 56.0],
  ['sistan-baluchestan', 29.4924, 60.8669],
  ['astrakhan', 47.233, 47.233],
  ['dagestan', 42.98, 47.505],
  ['kalmykia', 46.567, 45.317],
  ['lankaran', 38.75, 48.8],
  ['neftchala', 39.35, 49.25],
  ['mangystau', 43.867, 52.0],
  ['balkan', 40.0, 55.0],
];
const provinces: MapProvince[] = SAMPLE.map(([id, lat, lon]) => ({
  id,
  name: id.toUpperCase(),
  countryCode: 'xx',
  lat,
  lon,
  href: `/p/${id}`,
  isHost: id === 'gilan',
}));
const ports: MapPort[] = [
  { id: 'anzali', name: 'Anzali', lat: 37.473, lon: 49.462 },
  { id: 'aktau', name: 'Aktau', lat: 43.65, lon: 51.17 },
  { id: 'turkmenbashi', name: 'Türkmenbaşy', lat: 40.02, lon: 52.97 },
  { id: 'makhachkala', name: 'Makhachkala', lat: 42.98, lon: 47.5 },
  { id: 'astrakhan-port', name: 'Astrakhan', lat: 46.35, lon: 48.03 },
];

describe('country filtering', () => {
  it('keeps the Caspian states and neighbours, drops far-away countries', () => {
    for (const id of ['364', '398', '643', '031', '795', '268', '792', '004']) expect(keptIds).toContain(id);
    for (const id of ['076', '840', '036', '250']) expect(keptIds).not.toContain(id); // Brazil, USA, Australia, France
    expect(
      kept
        .filter((c) => c.participant)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['031', '364', '398', '643', '795']);
  });

  it('leaves the Caspian Sea as water (not inside any kept country)', () => {
    for (const point of [CASPIAN_SEA_POINT, [50.5, 42] as const, [51, 39.5] as const, [50.5, 45] as const]) {
      expect(kept.filter((c) => geoContains(c.feature, [...point])).map((c) => c.name)).toEqual([]);
    }
  });

  it('keeps the land under the southern and northern provinces', () => {
    const owner = (lon: number, lat: number) => kept.find((c) => geoContains(c.feature, [lon, lat]))?.id;
    expect(owner(56.0, 27.1)).toBe('364'); // Hormozgan
    expect(owner(60.8669, 29.4924)).toBe('364'); // Sistan-Baluchestan
    expect(owner(47.233, 47.233)).toBe('643'); // Astrakhan
    expect(owner(52.0, 43.867)).toBe('398'); // Mangystau
  });

  it('drops the parts of a country far from the region (Russian islands)', () => {
    const original = all.features.find((f) => f.id === '643')!.geometry;
    const russia = kept.find((c) => c.id === '643')!;
    expect(original.type).toBe('MultiPolygon');
    const originalParts = original.type === 'MultiPolygon' ? original.coordinates.length : 1;
    expect(russia.feature.geometry.coordinates.length).toBeLessThan(originalParts / 10);
    expect(geoContains(russia.feature, [47.233, 47.233])).toBe(true);
  });

  it('handles bounds that cross the antimeridian', () => {
    expect(
      boundsIntersectBox(
        [
          [170, 40],
          [50, 45],
        ],
        CASPIAN_REGION,
      ),
    ).toBe(true);
    expect(
      boundsIntersectBox(
        [
          [170, 40],
          [-170, 45],
        ],
        CASPIAN_REGION,
      ),
    ).toBe(false);
  });
});

describe('projection', () => {
  const frame = createFrame(600);

  it('fits the region into a portrait frame of the requested width', () => {
    expect(frame.width).toBe(600);
    expect(frame.height).toBeGreaterThan(600);
    expect(frame.height).toBeLessThan(1100);
  });

  it('projects all 12 sample provinces inside the viewBox', () => {
    for (const [id, lat, lon] of SAMPLE) {
      const point = projectPoint(frame, lon, lat);
      expect(point, id).not.toBeNull();
      expect(isInsideFrame(frame, point!), id).toBe(true);
    }
  });

  it('keeps geography the right way round', () => {
    const astrakhan = projectPoint(frame, 47.233, 47.233)!;
    const hormozgan = projectPoint(frame, 56.0, 27.1)!;
    expect(astrakhan[1]).toBeLessThan(hormozgan[1]); // north is up
    expect(astrakhan[0]).toBeLessThan(hormozgan[0]); // west is left
  });
});

describe('layout', () => {
  const frame = createFrame(600);
  const layout = layoutMap(frame, provinces, ports, { highlightProvinceId: 'astrakhan', seaLabel: 'Caspian Sea' });

  it('labels every sample province without overlapping labels, inside the frame', () => {
    const boxes = layout.provinces.map((p) => p.label!.box);
    expect(boxes).toHaveLength(12);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    }
    for (const b of boxes) expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height).toBe(true);
  });

  it('moves ports off the province circles they would hide', () => {
    const anzali = layout.ports.find((p) => p.id === 'anzali')!;
    const gilan = layout.provinces.find((p) => p.province.id === 'gilan')!;
    expect(anzali.moved).toBe(true);
    expect(Math.hypot(anzali.x - gilan.x, anzali.y - gilan.y)).toBeGreaterThan(gilan.r + 3);
    expect(layout.ports.find((p) => p.id === 'aktau')!.moved).toBe(false);
  });

  it('marks host and highlighted provinces', () => {
    expect(layout.provinces.find((p) => p.province.id === 'gilan')?.isHost).toBe(true);
    expect(layout.provinces.filter((p) => p.isHighlighted).map((p) => p.province.id)).toEqual(['astrakhan']);
  });

  it('falls back from the right-hand side when it is taken', () => {
    const [a, b] = placeLabels(
      [
        { id: 'a', x: 100, y: 100, radius: 5, text: 'AAAA' },
        { id: 'b', x: 110, y: 100, radius: 5, text: 'BBBB' },
      ],
      { width: 300, height: 300 },
      13,
    );
    expect(a!.anchor).toBe('start');
    expect(boxesOverlap(a!.box, b!.box)).toBe(false);
  });

  it('places a label inward at the frame edge', () => {
    const [label] = placeLabels(
      [{ id: 'e', x: 295, y: 150, radius: 5, text: 'Edge' }],
      { width: 300, height: 300 },
      13,
    );
    expect(label!.box.x1).toBeLessThanOrEqual(300);
  });

  it('splits the sea name into two balanced lines', () => {
    expect(splitInTwoLines('Каспийское море')).toEqual(['Каспийское', 'море']);
    expect(splitInTwoLines('دریای خزر')).toEqual(['دریای', 'خزر']);
    expect(splitInTwoLines('Mer Caspienne du Nord')).toEqual(['Mer Caspienne', 'du Nord']);
    expect(splitInTwoLines('Kaspi')).toEqual(['Kaspi']);
    expect(layout.sea?.lines).toEqual(['Caspian', 'Sea']);
  });

  it('enlarges labels only when the map is rendered narrow', () => {
    expect(labelScale(undefined)).toBe(1);
    expect(labelScale(640)).toBe(1);
    expect(labelScale(360)).toBeGreaterThan(1.3);
    expect(mapSizes(labelScale(360)).font * (360 / 600)).toBeGreaterThanOrEqual(10.9);
    const narrow = layoutMap(frame, provinces, ports, { scale: labelScale(360) });
    expect(narrow.provinces.every((p) => p.label)).toBe(true);
  });

  it('separates coincident markers', () => {
    const [m] = separateMarkers([{ id: 'p', x: 50, y: 50 }], [{ x: 50, y: 50, r: 6 }], 4);
    expect(Math.hypot(m!.x - 50, m!.y - 50)).toBeGreaterThanOrEqual(10);
  });
});
