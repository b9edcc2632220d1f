// Pure projection and geometry helpers for the Caspian map: no React, no I/O.
import { geoBounds, geoConicConformal, geoGraticule, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

export type LonLatBox = { west: number; south: number; east: number; north: number };
export type Point = readonly [number, number];
export type MapFrame = { projection: GeoProjection; width: number; height: number };
export type CountryShape = { id: string; name: string; participant: boolean; feature: Feature<Polygon | MultiPolygon> };

/** Area covered by the map: Astrakhan in the north to Hormozgan / Sistan-Baluchestan in the south. */
export const CASPIAN_REGION: LonLatBox = { west: 43, south: 25, east: 62.5, north: 48.5 };

/** ISO 3166-1 numeric ids of the five Caspian states (Iran, Russia, Azerbaijan, Kazakhstan, Turkmenistan). */
export const PARTICIPANT_IDS: ReadonlySet<string> = new Set(['364', '643', '031', '398', '795']);

/** A point in open water in the middle Caspian, used for the sea label and for tests. */
export const CASPIAN_SEA_POINT: Point = [50.6, 42];

type LonRange = readonly [number, number];

/** Splits a longitude interval that may cross the antimeridian (west > east) into plain intervals. */
function splitLonRange(west: number, east: number): LonRange[] {
  return west <= east
    ? [[west, east]]
    : [
        [west, 180],
        [-180, east],
      ];
}

function rangesOverlap(a: LonRange, b: LonRange): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Whether a d3 geoBounds result ([[w, s], [e, n]]) intersects the box (antimeridian-safe). */
export function boundsIntersectBox(bounds: [[number, number], [number, number]], box: LonLatBox): boolean {
  const [[west, south], [east, north]] = bounds;
  if (south > box.north || north < box.south) return false;
  const boxRanges = splitLonRange(box.west, box.east);
  return splitLonRange(west, east).some((r) => boxRanges.some((b) => rangesOverlap(r, b)));
}

function polygonParts(geometry: Geometry | null): Polygon['coordinates'][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Keeps only the polygons (of each country) whose bounds intersect the box, so Russia is
 * reduced to its European / Caucasus parts and far-away countries disappear entirely.
 */
export function clipFeatureToBox(feature: Feature, box: LonLatBox): Feature<MultiPolygon> | null {
  const kept = polygonParts(feature.geometry).filter((coordinates) =>
    boundsIntersectBox(geoBounds({ type: 'Polygon', coordinates }), box),
  );
  if (kept.length === 0) return null;
  return {
    type: 'Feature',
    id: feature.id,
    properties: feature.properties,
    geometry: { type: 'MultiPolygon', coordinates: kept },
  };
}

/** Filters a country collection down to the shapes that touch the region, participants flagged. */
export function countriesInRegion(collection: FeatureCollection, box: LonLatBox = CASPIAN_REGION): CountryShape[] {
  const shapes: CountryShape[] = [];
  for (const feature of collection.features) {
    const clipped = clipFeatureToBox(feature, box);
    if (!clipped) continue;
    const id = String(feature.id ?? '');
    const name = typeof feature.properties?.name === 'string' ? feature.properties.name : id;
    shapes.push({ id, name, participant: PARTICIPANT_IDS.has(id), feature: clipped });
  }
  // Participants last, so their (stronger) outlines are drawn on top of their neighbours'.
  return shapes.sort((a, b) => Number(a.participant) - Number(b.participant));
}

/** The region's outline as a polygon following parallels and meridians. */
export function regionOutline(box: LonLatBox = CASPIAN_REGION): Polygon {
  return geoGraticule()
    .extent([
      [box.west, box.south],
      [box.east, box.north],
    ])
    .precision(1)
    .outline();
}

/**
 * Lambert conformal conic projection centred on the region, fitted to `width` (plus padding);
 * the height follows from the region's shape. Everything outside the frame is clipped.
 */
export function createFrame(width = 600, box: LonLatBox = CASPIAN_REGION, padding = 10): MapFrame {
  const span = box.north - box.south;
  const projection = geoConicConformal()
    .parallels([box.south + span / 6, box.north - span / 6])
    .rotate([-(box.west + box.east) / 2, 0]);
  const outline = regionOutline(box);
  projection.fitWidth(width - 2 * padding, outline);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(outline);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + padding, ty - y0 + padding]);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/** Projects [lon, lat] to SVG coordinates, rounded to 0.1 px; null if the projection cannot. */
export function projectPoint(frame: MapFrame, lon: number, lat: number): Point | null {
  const p = frame.projection([lon, lat]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}

export function isInsideFrame(frame: MapFrame, point: Point): boolean {
  return point[0] >= 0 && point[0] <= frame.width && point[1] >= 0 && point[1] <= frame.height;
}

/** SVG path data for a shape in the frame (clipped to the frame). */
export function shapePath(frame: MapFrame, feature: Feature): string {
  return geoPath(frame.projection)(feature) ?? '';
}

export * from './label-layout.ts';
