import { greatCircleKm } from '../../src/domain/transit/routing/distance-estimate.ts';
import type { TransitLeg, TransitMode, TransitNetwork, TransitNode } from '../../src/domain/transit/model.ts';
import { seededRandom } from '../../src/platform/random/seeded-random.ts';

/** A box around the Caspian region; countries are the regions nearest to five capitals. */
const BOX = { minLat: 25, maxLat: 56, minLon: 36, maxLon: 64 };
const COUNTRIES = [
  { code: 'RU', lat: 52, lon: 44, gaugeMm: 1520 },
  { code: 'KZ', lat: 47, lon: 58, gaugeMm: 1520 },
  { code: 'AZ', lat: 40, lon: 44, gaugeMm: 1520 },
  { code: 'TM', lat: 38, lon: 59, gaugeMm: 1520 },
  { code: 'IR', lat: 31, lon: 52, gaugeMm: 1435 },
] as const;
/** The sea: an ellipse no node stands in; nodes on its rim are ports. */
const SEA = { lat: 42, lon: 50.5, radiusLat: 4.5, radiusLon: 2.2 };
const PORT_RIM = 1.12;
/** Share of generated land legs between two countries that is kept (as a border crossing); the rest are redrawn, so borders are crossed at a few places. */
const CROSS_BORDER_KEEP = 0.02;
const GRID_CELL_DEGREES = 0.25;

export type GeneratorOptions = { nodeCount: number; legCount: number; seed: number };

export function generateTransitNetwork({ nodeCount, legCount, seed }: GeneratorOptions): TransitNetwork {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: nodeCount }, (_, index) => placeNode(index, random));
  const grid = bucketByCell(nodes);
  const legs: TransitLeg[] = [];
  const addLeg = (from: number, to: number, mode: TransitMode) =>
    legs.push(makeLeg(legs.length, nodes, from, to, mode, random));
  chainAllNodes(grid, (from, to) => addLeg(from, to, random() < 0.5 ? 'road' : 'rail'));
  const ports = nodes.flatMap((node, index) => (node.kind === 'port' ? [index] : []));
  const seaLegCount = Math.min(Math.floor(legCount * 0.01), ports.length * 3);
  while (legs.length < nodeCount - 1 + seaLegCount) {
    const from = pick(ports, random);
    const to = pick(ports, random);
    if (from !== to) addLeg(from, to, 'sea');
  }
  while (legs.length < legCount) {
    const from = Math.floor(random() * nodeCount);
    const to = nearbyNode(nodes, grid, from, random);
    if (to === null || to === from) continue;
    if (!isSameCountry(nodes, from, to) && random() > CROSS_BORDER_KEEP) continue;
    addLeg(from, to, random() < 0.55 ? 'road' : 'rail');
  }
  markCrossingNodes(nodes, legs, random);
  return { nodes, legs };
}

function placeNode(index: number, random: () => number): TransitNode {
  for (;;) {
    const lat = BOX.minLat + random() * (BOX.maxLat - BOX.minLat);
    const lon = BOX.minLon + random() * (BOX.maxLon - BOX.minLon);
    const seaDistance = Math.hypot((lat - SEA.lat) / SEA.radiusLat, (lon - SEA.lon) / SEA.radiusLon);
    if (seaDistance < 1) continue;
    const country = COUNTRIES.reduce((nearest, candidate) =>
      Math.hypot(candidate.lat - lat, candidate.lon - lon) < Math.hypot(nearest.lat - lat, nearest.lon - lon)
        ? candidate
        : nearest,
    );
    return {
      id: `n${index}`,
      kind: seaDistance < PORT_RIM && random() < 0.3 ? 'port' : 'city',
      countries: [country.code],
      provinceId: null,
      names: { en: `Node ${index}` },
      lat,
      lon,
      coordinatesAssumed: true,
      coordinatesNote: 'generated',
      borderDwellHours: null,
      maxDraftM: null,
      note: null,
    };
  }
}

type Grid = { columns: number; cellOf: (node: TransitNode) => number; members: Map<number, number[]> };

function bucketByCell(nodes: readonly TransitNode[]): Grid {
  const columns = Math.ceil((BOX.maxLon - BOX.minLon) / GRID_CELL_DEGREES) + 1;
  const cellOf = (node: TransitNode) =>
    Math.floor((node.lat - BOX.minLat) / GRID_CELL_DEGREES) * columns +
    Math.floor((node.lon - BOX.minLon) / GRID_CELL_DEGREES);
  const members = new Map<number, number[]>();
  nodes.forEach((node, index) => {
    const cell = cellOf(node);
    const list = members.get(cell);
    if (list) list.push(index);
    else members.set(cell, [index]);
  });
  return { columns, cellOf, members };
}

/** A serpentine walk through the grid cells links every node once, so the network is connected. */
function chainAllNodes(grid: Grid, link: (from: number, to: number) => void): void {
  const rows = Math.ceil((BOX.maxLat - BOX.minLat) / GRID_CELL_DEGREES) + 1;
  let previous: number | null = null;
  for (let row = 0; row < rows; row++) {
    for (let step = 0; step < grid.columns; step++) {
      const column = row % 2 === 0 ? step : grid.columns - 1 - step;
      for (const node of grid.members.get(row * grid.columns + column) ?? []) {
        if (previous !== null) link(previous, node);
        previous = node;
      }
    }
  }
}

function nearbyNode(nodes: readonly TransitNode[], grid: Grid, from: number, random: () => number): number | null {
  const cell = grid.cellOf(nodes[from]!) + Math.floor(random() * 3 - 1) * grid.columns + Math.floor(random() * 3 - 1);
  const members = grid.members.get(cell);
  return members ? pick(members, random) : null;
}

function makeLeg(
  index: number,
  nodes: readonly TransitNode[],
  from: number,
  to: number,
  mode: TransitMode,
  random: () => number,
): TransitLeg {
  const fromNode = nodes[from]!;
  const toNode = nodes[to]!;
  const straightKm = greatCircleKm(fromNode, toNode);
  const crossesBorder = !isSameCountry(nodes, from, to);
  const gaugeOf = (node: TransitNode) => COUNTRIES.find((country) => country.code === node.countries[0])!.gaugeMm;
  return {
    id: `leg${index}`,
    fromNodeId: fromNode.id,
    toNodeId: toNode.id,
    mode,
    status: random() < 0.02 ? 'planned' : 'operational',
    distanceKm: random() < 0.2 ? Math.round(straightKm * (1.1 + random() * 0.3) * 10) / 10 : null,
    distanceSource: null,
    greatCircleKm: Math.round(straightKm * 10) / 10,
    crossesBorder,
    gaugeBreak: mode === 'rail' && crossesBorder && gaugeOf(fromNode) !== gaugeOf(toNode),
    note: null,
  };
}

/** One end of each land crossing becomes a border crossing, some with their own measured dwell. */
function markCrossingNodes(nodes: TransitNode[], legs: readonly TransitLeg[], random: () => number): void {
  const indexOf = (id: string) => Number(id.slice(1));
  for (const leg of legs) {
    if (!leg.crossesBorder || leg.mode === 'sea') continue;
    const index = indexOf(leg.fromNodeId);
    const node = nodes[index]!;
    if (node.kind === 'port') continue;
    nodes[index] = {
      ...node,
      kind: 'border_crossing',
      countries: [...new Set([...node.countries, ...nodes[indexOf(leg.toNodeId)]!.countries])],
      borderDwellHours: random() < 0.5 ? Math.round(6 + random() * 42) : node.borderDwellHours,
    };
  }
}

const isSameCountry = (nodes: readonly TransitNode[], a: number, b: number) =>
  nodes[a]!.countries[0] === nodes[b]!.countries[0];

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)]!;
}
