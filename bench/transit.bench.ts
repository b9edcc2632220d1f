import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  NodeKind,
  TransitLeg,
  TransitMode,
  TransitNetwork,
  TransitNode,
  TransitParameters,
} from '../src/domain/transit/model.ts';
import { DEFAULT_SEARCH_LIMITS, findParetoPaths } from '../src/domain/transit/routing/pareto-search.ts';
import { planRoutes } from '../src/domain/transit/routing/plan-routes.ts';
import { compileRouteGraph, type RouteGraph } from '../src/domain/transit/routing/route-graph.ts';
import { findFastestPath } from '../src/domain/transit/routing/shortest-path.ts';
import { seededRandom } from '../src/platform/random/seeded-random.ts';
import { generateTransitNetwork } from './support/transit-network-generator.ts';
import { collectGarbage, percentile, round, time } from './support/measure.ts';

/**
 * `npm run bench:transit`: Pareto route queries (hours, USD/t, borders, CO2/t) against the
 * single-criterion Dijkstra by hours on the same compiled graph and the same origin–destination
 * pairs, measured in the same run: on the real corridor network and on a generated network of
 * 100,000 nodes and 400,000 legs (fixed seed). The last line is JSON, for comparing runs.
 */
const PAIRS = Number(process.env.BENCH_PAIRS ?? 50);
const SEED = 20251118;
const GENERATED = { nodeCount: 100_000, legCount: 400_000 };
/** Corridor queries take microseconds: each is repeated so the timer's resolution does not dominate. */
const CORRIDOR_REPEATS = 50;
const CORRIDOR_ENDS = [
  'ir-shahid-rajaee',
  'ir-chabahar',
  'city-tehran',
  'city-rasht',
  'ir-anzali',
  'ir-amirabad',
  'az-baku-alat',
  'ru-astrakhan',
  'city-moscow',
  'kz-aktau',
  'tm-turkmenbashi',
];

const PER_MODE = <T>(rail: T, road: T, sea: T): Record<TransitMode, T> => ({ rail, road, sea });
/** Plausible Caspian figures for a benchmark, not the product's parameters. */
const PARAMETERS: TransitParameters = {
  speedKmh: PER_MODE(25, 50, 18),
  detourFactor: PER_MODE(1.25, 1.3, 1.15),
  costUsdPerTonneKm: PER_MODE(
    { container: 0.035, bulk: 0.025, liquid: 0.03, reefer: 0.05 },
    { container: 0.08, bulk: 0.06, liquid: 0.07, reefer: 0.11 },
    { container: 0.015, bulk: 0.01, liquid: 0.012, reefer: 0.022 },
  ),
  co2GramsPerTonneKm: PER_MODE(22, 62, 12),
  portHandlingHours: 24,
  portHandlingUsdPerTonne: 8,
  railRoadTransferHours: 6,
  railRoadTransferUsdPerTonne: 5,
  gaugeChangeHours: 8,
  gaugeChangeUsdPerTonne: 6,
  landBorderDwellHours: 24,
  seaBorderDwellHours: 12,
  vesselDesignDraftM: 4.5,
  vesselMinimumDraftM: 3,
};

type CorridorFile = {
  nodes: { id: string; type: NodeKind; country: string; lat: number | null; lon: number | null }[];
  edges: {
    id: string;
    from: string;
    to: string;
    mode: TransitMode;
    status: TransitLeg['status'];
    distance_km: number | null;
    great_circle_km: number | null;
    border_crossing: boolean;
    gauge_break: boolean;
  }[];
};

function readCorridorFile(): { path: string; corridor: CorridorFile } {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidates = [
    resolve(projectRoot, 'seed/reference/corridor.json'),
    resolve(projectRoot, '../shared/reference/corridor.json'),
  ];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) throw new Error(`corridor.json not found at ${candidates.join(' or ')}`);
  return { path, corridor: JSON.parse(readFileSync(path, 'utf8')) as CorridorFile };
}

/**
 * The reference corridor as a TransitNetwork. A node without coordinates is placed at a neighbour
 * (marked assumed). The reference flags no sea leg as crossing a border, so a sea leg between two
 * countries is flagged here, as the routing model expects.
 */
function corridorNetwork(corridor: CorridorFile): TransitNetwork {
  const placed = new Map(
    corridor.nodes
      .filter((node) => node.lat !== null && node.lon !== null)
      .map((node) => [node.id, { lat: node.lat!, lon: node.lon! }]),
  );
  const neighbourPlace = (id: string) =>
    corridor.edges
      .flatMap((edge) => (edge.from === id ? [edge.to] : edge.to === id ? [edge.from] : []))
      .map((other) => placed.get(other))
      .find((place) => place !== undefined);
  const nodes: TransitNode[] = corridor.nodes.map((node) => {
    const place = placed.get(node.id) ?? neighbourPlace(node.id) ?? { lat: 0, lon: 0 };
    return {
      id: node.id,
      kind: node.type,
      countries: node.country.split('/'),
      provinceId: null,
      names: { en: node.id },
      lat: place.lat,
      lon: place.lon,
      coordinatesAssumed: true,
      coordinatesNote: null,
      borderDwellHours: null,
      maxDraftM: null,
      note: null,
    };
  });
  const countriesOf = new Map(nodes.map((node) => [node.id, node.countries.join('/')]));
  const legs: TransitLeg[] = corridor.edges.map((edge) => ({
    id: edge.id,
    fromNodeId: edge.from,
    toNodeId: edge.to,
    mode: edge.mode,
    status: edge.status,
    distanceKm: edge.distance_km,
    distanceSource: null,
    greatCircleKm: edge.great_circle_km,
    crossesBorder:
      edge.border_crossing || (edge.mode === 'sea' && countriesOf.get(edge.from) !== countriesOf.get(edge.to)),
    gaugeBreak: edge.gauge_break,
    note: null,
  }));
  return { nodes, legs };
}

type PairTiming = { paretoMs: number; dijkstraMs: number; routes: number; labels: number; capped: boolean };

function measurePair(graph: RouteGraph, origin: number, destination: number, repeats: number): PairTiming {
  const pareto = time(() => {
    let result = findParetoPaths(graph, [origin], [destination]);
    for (let run = 1; run < repeats; run++) result = findParetoPaths(graph, [origin], [destination]);
    return result;
  });
  const dijkstra = time(() => {
    for (let run = 1; run < repeats; run++) findFastestPath(graph, [origin], [destination]);
    return findFastestPath(graph, [origin], [destination]);
  });
  const fastestPareto = pareto.value.paths[0]?.hours ?? null;
  if (
    !pareto.value.capped &&
    fastestPareto !== (dijkstra.value?.hours ?? null) &&
    Math.abs((fastestPareto ?? 0) - (dijkstra.value?.hours ?? 0)) > 1e-6
  ) {
    throw new Error(`fastest Pareto route ${fastestPareto} h differs from Dijkstra ${dijkstra.value?.hours} h`);
  }
  return {
    paretoMs: pareto.ms / repeats,
    dijkstraMs: dijkstra.ms / repeats,
    routes: pareto.value.paths.length,
    labels: pareto.value.labelCount,
    capped: pareto.value.capped,
  };
}

type NetworkSummary = {
  network: string;
  nodes: number;
  legs: number;
  queries: number;
  compileMs: number;
  graphHeapMB: number;
  graphArrayBuffersMB: number;
  paretoMedianMs: number;
  paretoP95Ms: number;
  dijkstraMedianMs: number;
  dijkstraP95Ms: number;
  ratioMedian: number;
  ratioP95: number;
  averageRoutes: number;
  averageLabels: number;
  cappedQueries: number;
};

function compileMeasured(network: TransitNetwork) {
  collectGarbage();
  const before = process.memoryUsage();
  const compiled = time(() => compileRouteGraph(network, PARAMETERS, [], 'container', 6));
  collectGarbage();
  const after = process.memoryUsage();
  const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);
  return {
    graph: compiled.value,
    compileMs: round(compiled.ms, 1),
    graphHeapMB: megabytes(after.heapUsed - before.heapUsed),
    graphArrayBuffersMB: megabytes(after.arrayBuffers - before.arrayBuffers),
  };
}

function summarise(
  name: string,
  network: TransitNetwork,
  pairs: readonly (readonly [number, number])[],
  repeats: number,
): NetworkSummary {
  const { graph, ...compile } = compileMeasured(network);
  for (const [origin, destination] of pairs.slice(0, 3)) measurePair(graph, origin, destination, 1);
  const timings = pairs.map(([origin, destination]) => measurePair(graph, origin, destination, repeats));
  const pareto = timings.map((timing) => timing.paretoMs);
  const dijkstra = timings.map((timing) => timing.dijkstraMs);
  const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    network: name,
    nodes: network.nodes.length,
    legs: network.legs.length,
    queries: pairs.length,
    ...compile,
    paretoMedianMs: round(percentile(pareto, 0.5)),
    paretoP95Ms: round(percentile(pareto, 0.95)),
    dijkstraMedianMs: round(percentile(dijkstra, 0.5)),
    dijkstraP95Ms: round(percentile(dijkstra, 0.95)),
    ratioMedian: round(percentile(pareto, 0.5) / percentile(dijkstra, 0.5), 1),
    ratioP95: round(percentile(pareto, 0.95) / percentile(dijkstra, 0.95), 1),
    averageRoutes: round(average(timings.map((timing) => timing.routes)), 2),
    averageLabels: Math.round(average(timings.map((timing) => timing.labels))),
    cappedQueries: timings.filter((timing) => timing.capped).length,
  };
}

function corridorPairs(graph: RouteGraph): [number, number][] {
  const ends = CORRIDOR_ENDS.map((id) => graph.nodeIndexById.get(id)).filter((index) => index !== undefined);
  return ends.flatMap((origin) =>
    ends
      .filter((destination) => destination !== origin)
      .map((destination) => [origin, destination] as [number, number]),
  );
}

function randomPairs(nodeCount: number, count: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => [Math.floor(random() * nodeCount), Math.floor(random() * nodeCount)]);
}

/** The whole service call on the corridor: compile, search, explain; what one API request costs. */
function measurePlanRoutes(network: TransitNetwork, pairs: readonly (readonly [number, number])[]): number {
  const runs = pairs.map(
    ([origin, destination]) =>
      time(() =>
        planRoutes(network, PARAMETERS, [], {
          originNodeIds: [network.nodes[origin]!.id],
          destinationNodeIds: [network.nodes[destination]!.id],
          cargo: 'container',
          month: 6,
        }),
      ).ms,
  );
  return round(percentile(runs, 0.5));
}

const { path: corridorPath, corridor } = readCorridorFile();
const corridorNet = corridorNetwork(corridor);
const corridorGraph = compileRouteGraph(corridorNet, PARAMETERS, [], 'container', 6);
const corridorSummary = summarise('corridor', corridorNet, corridorPairs(corridorGraph), CORRIDOR_REPEATS);
const planRoutesMedianMs = measurePlanRoutes(corridorNet, corridorPairs(corridorGraph));

const generation = time(() => generateTransitNetwork({ ...GENERATED, seed: SEED }));
const generatedSummary = summarise('generated', generation.value, randomPairs(GENERATED.nodeCount, PAIRS, SEED + 1), 1);

console.log(
  `corridor: ${corridorPath}; generated network built in ${Math.round(generation.ms)} ms; planRoutes end to end on the corridor, median ${planRoutesMedianMs} ms`,
);
console.log(
  `search limits: ${JSON.stringify(DEFAULT_SEARCH_LIMITS)} (a capped query returns an approximate Pareto set)`,
);
console.table([corridorSummary, generatedSummary]);
console.log(
  JSON.stringify({
    bench: 'transit',
    seed: SEED,
    pairs: PAIRS,
    limits: DEFAULT_SEARCH_LIMITS,
    corridorFile: corridorPath,
    planRoutesCorridorMedianMs: planRoutesMedianMs,
    results: [corridorSummary, generatedSummary],
  }),
);
