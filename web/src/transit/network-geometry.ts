// Where the transit network falls on the Caspian map: pure projection, no React.
import { geoPath } from 'd3-geo';
import type { TransitLeg, TransitNode } from '../api/types.ts';
import {
  circleBox,
  isInsideFrame,
  placeLabels,
  projectPoint,
  type LabelPlacement,
  type MapFrame,
} from '../map/map-geometry.ts';

export type PlacedNode = { node: TransitNode; x: number; y: number };
export type PlacedLeg = { leg: TransitLeg; d: string };
export type RouteSegment = { legId: string; fromNodeId: string; toNodeId: string };

type Located = Pick<TransitNode, 'id' | 'lat' | 'lon'>;

/** Nodes inside the map's box; the rest (Moscow) are left off rather than pinned to the edge. */
export function placeNodes(frame: MapFrame, nodes: readonly TransitNode[]): PlacedNode[] {
  return nodes.flatMap((node) => {
    const point = projectPoint(frame, node.lon, node.lat);
    return point && isInsideFrame(frame, point) ? [{ node, x: point[0], y: point[1] }] : [];
  });
}

/**
 * The line between two nodes, clipped by the map's frame: a leg to a node off the map runs to the
 * edge. Empty when the whole line lies outside.
 */
export function linePath(frame: MapFrame, from: Located, to: Located): string {
  return (
    geoPath(frame.projection)({
      type: 'LineString',
      coordinates: [
        [from.lon, from.lat],
        [to.lon, to.lat],
      ],
    }) ?? ''
  );
}

function segmentPath(
  frame: MapFrame,
  nodesById: ReadonlyMap<string, Located>,
  fromNodeId: string,
  toNodeId: string,
): string {
  const from = nodesById.get(fromNodeId);
  const to = nodesById.get(toNodeId);
  return from && to ? linePath(frame, from, to) : '';
}

export function placeLegs(
  frame: MapFrame,
  legs: readonly TransitLeg[],
  nodesById: ReadonlyMap<string, Located>,
): PlacedLeg[] {
  return legs.flatMap((leg) => {
    const d = segmentPath(frame, nodesById, leg.fromNodeId, leg.toNodeId);
    return d ? [{ leg, d }] : [];
  });
}

export function placeRoute<S extends RouteSegment>(
  frame: MapFrame,
  segments: readonly S[],
  nodesById: ReadonlyMap<string, Located>,
): { segment: S; d: string }[] {
  return segments.flatMap((segment) => {
    const d = segmentPath(frame, nodesById, segment.fromNodeId, segment.toNodeId);
    return d ? [{ segment, d }] : [];
  });
}

/** The nodes a route passes through, in order, each once. */
export function routeNodeIds(segments: readonly RouteSegment[]): string[] {
  const ids = segments.flatMap((segment) => [segment.fromNodeId, segment.toNodeId]);
  return ids.filter((id, index) => ids.indexOf(id) === index);
}

/** Stops closer than this (map units) are one place on the map, e.g. Astara's port and its border crossing. */
const SAME_SPOT = 3;

export type StopLabel = { nodeId: string; text: string; label: LabelPlacement };

/**
 * Names for a route's stops placed clear of each other and of the stop markers: the ends first
 * (they matter most), then the stops between; a stop on the spot of one already named is skipped.
 */
export function labelRouteStops(
  frame: MapFrame,
  stops: readonly PlacedNode[],
  nameOf: (nodeId: string) => string,
  fontSize: number,
  markerRadius: number,
): StopLabel[] {
  const ends = [stops[0], stops[stops.length - 1]].filter((stop): stop is PlacedNode => stop !== undefined);
  const ordered = [...new Set([...ends, ...stops])];
  const named: PlacedNode[] = [];
  for (const stop of ordered) {
    if (!named.some((other) => Math.hypot(other.x - stop.x, other.y - stop.y) < SAME_SPOT)) named.push(stop);
  }
  const inputs = named.map((stop) => ({
    id: stop.node.id,
    x: stop.x,
    y: stop.y,
    radius: markerRadius,
    text: nameOf(stop.node.id),
  }));
  const obstacles = stops.map((stop) => circleBox({ x: stop.x, y: stop.y, r: markerRadius + 1 }));
  return placeLabels(inputs, frame, fontSize, obstacles).map((label, index) => ({
    nodeId: label.id,
    text: inputs[index]!.text,
    label,
  }));
}
