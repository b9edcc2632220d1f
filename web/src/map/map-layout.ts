// Pure layout of everything drawn on top of the country shapes: no React, no I/O.
import { circleBox, labelBox, estimateTextWidth, placeLabels, separateMarkers } from './label-layout.ts';
import type { Box, LabelPlacement, MarkerPlacement } from './label-layout.ts';
import { CASPIAN_SEA_POINT, isInsideFrame, projectPoint } from './map-geometry.ts';
import type { MapFrame } from './map-geometry.ts';
import type { MapPort, MapProvince } from './map-types.ts';

export const MAP_WIDTH = 600;

/** Sizes in map (viewBox) units; `scale` > 1 enlarges them when the map is shown small. */
export type MapSizes = {
  font: number;
  seaFont: number;
  seaLine: number;
  seaMaxWidth: number;
  radius: number;
  hostRadius: number;
  portHalf: number;
};

export function mapSizes(scale = 1): MapSizes {
  const s = Math.min(Math.max(scale, 1), 2);
  const sea = Math.min(s, 1.3); // the middle Caspian is only ~90 units wide
  return {
    font: 13 * s,
    seaFont: 12 * sea,
    seaLine: 14 * sea,
    seaMaxWidth: 76,
    radius: 5 * s,
    hostRadius: 7 * s,
    portHalf: 3.5 * s,
  };
}

/** Scale that keeps labels at least `minPx` CSS pixels high when the SVG is `renderedWidth` wide. */
export function labelScale(renderedWidth: number | undefined, minPx = 11): number {
  if (!renderedWidth || renderedWidth <= 0) return 1;
  return Math.round(Math.max(1, (minPx * MAP_WIDTH) / (13 * renderedWidth)) * 10) / 10;
}

export type ProvinceMark = {
  province: MapProvince;
  x: number;
  y: number;
  r: number;
  isHost: boolean;
  isHighlighted: boolean;
  label?: LabelPlacement;
};
export type PortMark = MarkerPlacement & { port: MapPort; half: number };
/** `y` is the baseline of the first line; further lines are `lineHeight` apart. */
export type SeaLabel = { x: number; y: number; lines: string[]; lineHeight: number; fontSize: number };
export type MapLayout = { provinces: ProvinceMark[]; ports: PortMark[]; sea?: SeaLabel; fontSize: number };
export type LayoutOptions = { highlightProvinceId?: string; seaLabel?: string; scale?: number };

function projectProvinces(
  frame: MapFrame,
  provinces: readonly MapProvince[],
  sizes: MapSizes,
  highlightId?: string,
): ProvinceMark[] {
  return provinces.flatMap((province) => {
    const point = projectPoint(frame, province.lon, province.lat);
    if (!point || !isInsideFrame(frame, point)) return [];
    const isHost = province.isHost === true;
    const isHighlighted = province.id === highlightId;
    const r = isHost || isHighlighted ? sizes.hostRadius : sizes.radius;
    return [{ province, x: point[0], y: point[1], r, isHost, isHighlighted }];
  });
}

function projectPorts(
  frame: MapFrame,
  ports: readonly MapPort[],
  provinces: readonly ProvinceMark[],
  half: number,
): PortMark[] {
  const inputs = ports.flatMap((port) => {
    const point = projectPoint(frame, port.lon, port.lat);
    return point && isInsideFrame(frame, point) ? [{ id: port.id, x: point[0], y: point[1], port }] : [];
  });
  const circles = provinces.map((p) => ({ x: p.x, y: p.y, r: p.r + 1 }));
  const placed = separateMarkers(inputs, circles, half * 1.4);
  return placed.map((m, i) => ({ ...m, port: inputs[i]!.port, half }));
}

/** Host first, then the highlighted province, then the rest in input order. */
function labelPriority(mark: ProvinceMark): number {
  return mark.isHost ? 0 : mark.isHighlighted ? 1 : 2;
}

/** Splits a multi-word name into two lines at the space nearest its middle (the sea is narrow). */
export function splitInTwoLines(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const imbalance = (i: number) => Math.abs(words.slice(0, i).join(' ').length - words.slice(i).join(' ').length);
  let best = 1;
  for (let i = 2; i < words.length; i++) if (imbalance(i) < imbalance(best)) best = i;
  return words.length < 2 ? [text.trim()] : [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

function seaLabelAt(frame: MapFrame, text: string | undefined, sizes: MapSizes): { sea?: SeaLabel; box?: Box } {
  const point = text ? projectPoint(frame, CASPIAN_SEA_POINT[0], CASPIAN_SEA_POINT[1]) : null;
  if (!text || !point) return {};
  const { seaFont: fontSize, seaLine: lineHeight } = sizes;
  const lines = estimateTextWidth(text, fontSize) <= sizes.seaMaxWidth ? [text] : splitInTwoLines(text);
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
  const y = point[1] - ((lines.length - 1) * lineHeight) / 2;
  const first = labelBox(point[0], y, width, 'middle', fontSize);
  const box = { ...first, y1: first.y1 + (lines.length - 1) * lineHeight };
  return { sea: { x: point[0], y, lines, lineHeight, fontSize }, box };
}

export function layoutMap(
  frame: MapFrame,
  provinces: readonly MapProvince[],
  ports: readonly MapPort[],
  options: LayoutOptions = {},
): MapLayout {
  const sizes = mapSizes(options.scale);
  const marks = projectProvinces(frame, provinces, sizes, options.highlightProvinceId);
  const portMarks = projectPorts(frame, ports, marks, sizes.portHalf);
  const { sea, box: seaBox } = seaLabelAt(frame, options.seaLabel, sizes);
  const obstacles: Box[] = [
    ...marks.map((m) => circleBox({ x: m.x, y: m.y, r: m.r + 1 })),
    ...portMarks.map((p) => circleBox({ x: p.x, y: p.y, r: p.half + 1 })),
    ...(seaBox ? [seaBox] : []),
  ];
  const ordered = [...marks].sort((a, b) => labelPriority(a) - labelPriority(b));
  const inputs = ordered.map((m) => ({ id: m.province.id, x: m.x, y: m.y, radius: m.r, text: m.province.name }));
  const labels = new Map(placeLabels(inputs, frame, sizes.font, obstacles).map((l) => [l.id, l]));
  const placed = marks.map((m) => ({ ...m, label: labels.get(m.province.id) }));
  return { provinces: placed, ports: portMarks, sea, fontSize: sizes.font };
}
