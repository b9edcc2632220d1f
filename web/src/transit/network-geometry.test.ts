import { describe, expect, it } from 'vitest';
import type { TransitLeg, TransitNode } from '../api/types.ts';
import { boxesOverlap, createFrame } from '../map/map-geometry.ts';
import { labelRouteStops, linePath, placeLegs, placeNodes, routeNodeIds } from './network-geometry.ts';

const frame = createFrame(600);
const node = (id: string, lat: number, lon: number) =>
  ({ id, lat, lon, kind: 'city', names: { en: id } }) as unknown as TransitNode;
const leg = (fromNodeId: string, toNodeId: string) =>
  ({
    id: `${fromNodeId}__${toNodeId}__rail`,
    fromNodeId,
    toNodeId,
    mode: 'rail',
    status: 'operational',
  }) as unknown as TransitLeg;

const moscow = node('city-moscow', 55.75, 37.62);
const astrakhan = node('ru-astrakhan', 46.35, 48.05);
const makhachkala = node('ru-makhachkala', 42.98, 47.51);
const stPetersburg = node('city-st-petersburg', 59.94, 30.31);
const byId = new Map([moscow, astrakhan, makhachkala, stPetersburg].map((n) => [n.id, n]));

function pointsOf(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

describe('the network on the Caspian map', () => {
  it('leaves nodes beyond the map off it instead of pinning them to the edge', () => {
    expect(placeNodes(frame, [moscow, astrakhan]).map((placed) => placed.node.id)).toEqual(['ru-astrakhan']);
  });

  it("runs a leg to a node beyond the map as far as the map's edge", () => {
    const points = pointsOf(linePath(frame, moscow, astrakhan));
    expect(points.length).toBeGreaterThanOrEqual(2);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(frame.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(frame.height);
    }
    expect(Math.min(...points.map(([, y]) => y))).toBe(0);
  });

  it('draws nothing for a leg wholly beyond the map', () => {
    expect(
      placeLegs(frame, [leg('city-st-petersburg', 'city-moscow'), leg('ru-makhachkala', 'ru-astrakhan')], byId).map(
        (placed) => placed.leg.id,
      ),
    ).toEqual(['ru-makhachkala__ru-astrakhan__rail']);
  });

  it('lists the stops of a route in order, each once', () => {
    const steps = [
      { legId: 'a', fromNodeId: 'ir-astara', toNodeId: 'bc-astara' },
      { legId: 'b', fromNodeId: 'bc-astara', toNodeId: 'city-baku' },
    ];
    expect(routeNodeIds(steps)).toEqual(['ir-astara', 'bc-astara', 'city-baku']);
  });
});

describe("names of a route's stops", () => {
  const astaraPort = node('ir-astara', 38.43, 48.87);
  const astaraCrossing = node('bc-astara', 38.43, 48.87);
  const baku = node('city-baku', 40.41, 49.87);
  const stops = placeNodes(frame, [astaraPort, astaraCrossing, baku, makhachkala, astrakhan]);
  const labels = labelRouteStops(frame, stops, (id) => id, 13, 3.5);

  it('names the two ends first, then the stops between', () => {
    expect(labels.slice(0, 2).map((label) => label.nodeId)).toEqual(['ir-astara', 'ru-astrakhan']);
  });

  it('names a spot once when two stops share it (a port and its border crossing)', () => {
    expect(labels.map((label) => label.nodeId)).not.toContain('bc-astara');
    expect(labels).toHaveLength(4);
  });

  it('keeps the names clear of each other', () => {
    for (const [index, label] of labels.entries()) {
      for (const other of labels.slice(index + 1)) expect(boxesOverlap(label.label.box, other.label.box)).toBe(false);
    }
  });
});
