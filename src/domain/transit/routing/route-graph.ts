import { legDistance, type NodeLookup } from './distance-estimate.ts';
import {
  TRANSIT_MODES,
  type CargoType,
  type RoutePenalty,
  type ScenarioChange,
  type TransitLeg,
  type TransitMode,
  type TransitNetwork,
  type TransitNode,
  type TransitParameters,
} from '../model.ts';
import { fixedPenalties, transitionPenalty, travelCost, type TravelCost } from './route-costs.ts';
import { assessLegs, type LegUsability } from './scenario-effects.ts';

/** Mode codes index TRANSIT_MODES; a search state at an origin has arrived by no leg at all. */
export const ORIGIN_MODE_CODE = TRANSIT_MODES.length;
export const ARRIVING_MODE_CODES = TRANSIT_MODES.length + 1;
/** An arc's transition class is mode × gauge break: all that the change penalty looks at. */
const TRANSITION_CLASSES = TRANSIT_MODES.length * 2;

/**
 * A network compiled for one query (scenario, cargo, month) into flat typed arrays: the searches
 * touch every arc millions of times and objects would cost more in memory and GC than the search.
 * Every usable leg becomes two arcs, one per direction, and arcs are grouped by departure node (CSR).
 */
export type RouteGraph = {
  nodes: readonly TransitNode[];
  legs: readonly TransitLeg[];
  nodeIndexById: ReadonlyMap<string, number>;
  /** Arcs leaving node i are arcOffsets[i] … arcOffsets[i + 1] - 1. */
  arcOffsets: Int32Array;
  arcTargets: Int32Array;
  arcLegIndex: Int32Array;
  /** The same leg travelled the other way: reverse searches walk it to reach this arc's departure. */
  arcTwin: Int32Array;
  arcModeCode: Uint8Array;
  arcTransitionClass: Uint8Array;
  /** Travel plus the penalties that do not depend on the previous leg (port handling, border dwell). */
  arcHours: Float64Array;
  arcUsdPerTonne: Float64Array;
  arcCo2KgPerTonne: Float64Array;
  arcBorders: Float64Array;
  /** The vehicle-change penalty, indexed by transitionIndex(arriving mode code, arc). */
  transitionHours: Float64Array;
  transitionUsdPerTonne: Float64Array;
  legKm: Float64Array;
  legDistanceEstimated: Uint8Array;
  /** Per leg, blocked or not: kept for legs left out too, so a "no route" can say what stood in the way. */
  legUsability: readonly LegUsability[];
  parameters: TransitParameters;
  cargo: CargoType;
};

export type CompileOptions = {
  /** Keep every leg, blocked or not built: used to find what stands on the way when no route exists. */
  ignoreBlocks?: boolean;
};

export const transitionIndex = (graph: RouteGraph, arrivingModeCode: number, arc: number) =>
  arrivingModeCode * TRANSITION_CLASSES + graph.arcTransitionClass[arc]!;

/** Compiled per query, since scenario, cargo and month change the costs: about half a second for 400,000 legs on a loaded 2-core machine. */
export function compileRouteGraph(
  network: TransitNetwork,
  parameters: TransitParameters,
  scenario: readonly ScenarioChange[],
  cargo: CargoType,
  month: number,
  options: CompileOptions = {},
): RouteGraph {
  const nodeIndexById = new Map(network.nodes.map((node, index) => [node.id, index]));
  const legUsability = assessLegs(network, parameters, scenario, month);
  const legs = measureLegs(network, nodeIndexById, legUsability, parameters, options);
  const arcOffsets = countArcOffsets(network.nodes.length, legs);
  const arcCount = arcOffsets[network.nodes.length]!;
  const graph: RouteGraph = {
    nodes: network.nodes,
    legs: network.legs,
    nodeIndexById,
    arcOffsets,
    arcTargets: new Int32Array(arcCount),
    arcLegIndex: new Int32Array(arcCount),
    arcTwin: new Int32Array(arcCount),
    arcModeCode: new Uint8Array(arcCount),
    arcTransitionClass: new Uint8Array(arcCount),
    arcHours: new Float64Array(arcCount),
    arcUsdPerTonne: new Float64Array(arcCount),
    arcCo2KgPerTonne: new Float64Array(arcCount),
    arcBorders: new Float64Array(arcCount),
    ...transitionTables(parameters),
    legKm: legs.km,
    legDistanceEstimated: legs.distanceEstimated,
    legUsability,
    parameters,
    cargo,
  };
  const nextArcOfNode = arcOffsets.slice(0, network.nodes.length);
  for (let legIndex = 0; legIndex < network.legs.length; legIndex++) {
    if (legs.isUsable[legIndex] === 0) continue;
    const from = legs.from[legIndex]!;
    const to = legs.to[legIndex]!;
    fillLegArcs(graph, legIndex, from, to, nextArcOfNode[from]!++, nextArcOfNode[to]!++);
  }
  return graph;
}

type MeasuredLegs = {
  from: Int32Array;
  to: Int32Array;
  isUsable: Uint8Array;
  km: Float64Array;
  distanceEstimated: Uint8Array;
};

function measureLegs(
  network: TransitNetwork,
  nodeIndexById: ReadonlyMap<string, number>,
  legUsability: readonly LegUsability[],
  parameters: TransitParameters,
  options: CompileOptions,
): MeasuredLegs {
  const legCount = network.legs.length;
  const measured: MeasuredLegs = {
    from: new Int32Array(legCount),
    to: new Int32Array(legCount),
    isUsable: new Uint8Array(legCount),
    km: new Float64Array(legCount),
    distanceEstimated: new Uint8Array(legCount),
  };
  const nodeLookup: NodeLookup = { get: (nodeId) => network.nodes[nodeIndexById.get(nodeId) ?? -1] };
  network.legs.forEach((leg, legIndex) => {
    measured.from[legIndex] = indexOfNode(nodeIndexById, leg.fromNodeId);
    measured.to[legIndex] = indexOfNode(nodeIndexById, leg.toNodeId);
    measured.isUsable[legIndex] = options.ignoreBlocks === true || legUsability[legIndex]!.blocked === null ? 1 : 0;
    const distance = legDistance(leg, nodeLookup, parameters);
    measured.km[legIndex] = distance.km;
    measured.distanceEstimated[legIndex] = distance.estimated ? 1 : 0;
  });
  return measured;
}

function indexOfNode(nodeIndexById: ReadonlyMap<string, number>, nodeId: string): number {
  const index = nodeIndexById.get(nodeId);
  if (index === undefined) throw new Error(`leg end node ${nodeId} is not in the network`);
  return index;
}

function countArcOffsets(nodeCount: number, legs: MeasuredLegs): Int32Array {
  const offsets = new Int32Array(nodeCount + 1);
  for (let legIndex = 0; legIndex < legs.from.length; legIndex++) {
    if (legs.isUsable[legIndex] === 0) continue;
    offsets[legs.from[legIndex]! + 1]!++;
    offsets[legs.to[legIndex]! + 1]!++;
  }
  for (let node = 0; node < nodeCount; node++) offsets[node + 1]! += offsets[node]!;
  return offsets;
}

/** Travel costs the same both ways; the fixed penalties may not (the border dwell falls at one end). */
function fillLegArcs(
  graph: RouteGraph,
  legIndex: number,
  from: number,
  to: number,
  forwardArc: number,
  backwardArc: number,
): void {
  const leg = graph.legs[legIndex]!;
  const travel = travelCost(
    graph.legKm[legIndex]!,
    leg.mode,
    graph.cargo,
    graph.legUsability[legIndex]!.seaCostFactor,
    graph.parameters,
  );
  fillArc(graph, legIndex, travel, { arc: forwardArc, twin: backwardArc, departure: from, arrival: to });
  fillArc(graph, legIndex, travel, { arc: backwardArc, twin: forwardArc, departure: to, arrival: from });
}

type ArcSlot = { arc: number; twin: number; departure: number; arrival: number };

function fillArc(
  graph: RouteGraph,
  legIndex: number,
  travel: TravelCost,
  { arc, twin, departure, arrival }: ArcSlot,
): void {
  const leg = graph.legs[legIndex]!;
  const modeCode = TRANSIT_MODES.indexOf(leg.mode);
  const penalties =
    leg.mode === 'sea' || leg.crossesBorder
      ? fixedPenalties(
          {
            mode: leg.mode,
            crossesBorder: leg.crossesBorder,
            departure: graph.nodes[departure]!,
            arrival: graph.nodes[arrival]!,
          },
          graph.parameters,
        )
      : [];
  graph.arcTargets[arc] = arrival;
  graph.arcLegIndex[arc] = legIndex;
  graph.arcTwin[arc] = twin;
  graph.arcModeCode[arc] = modeCode;
  graph.arcTransitionClass[arc] = modeCode * 2 + (leg.gaugeBreak ? 1 : 0);
  graph.arcHours[arc] = travel.hours + sumOf(penalties, 'hours');
  graph.arcUsdPerTonne[arc] = travel.usdPerTonne + sumOf(penalties, 'usdPerTonne');
  graph.arcCo2KgPerTonne[arc] = travel.co2KgPerTonne;
  graph.arcBorders[arc] = leg.crossesBorder ? 1 : 0;
}

function sumOf(penalties: readonly RoutePenalty[], field: 'hours' | 'usdPerTonne'): number {
  let sum = 0;
  for (const penalty of penalties) sum += penalty[field];
  return sum;
}

const modeOfCode = (modeCode: number): TransitMode | null => TRANSIT_MODES[modeCode] ?? null;

/** The vehicle-change penalty for every (arriving mode, transition class): the node does not change its price. */
function transitionTables(
  parameters: TransitParameters,
): Pick<RouteGraph, 'transitionHours' | 'transitionUsdPerTonne'> {
  const transitionHours = new Float64Array(ARRIVING_MODE_CODES * TRANSITION_CLASSES);
  const transitionUsdPerTonne = new Float64Array(ARRIVING_MODE_CODES * TRANSITION_CLASSES);
  for (let arrivingModeCode = 0; arrivingModeCode < ARRIVING_MODE_CODES; arrivingModeCode++) {
    for (let transitionClass = 0; transitionClass < TRANSITION_CLASSES; transitionClass++) {
      const mode = TRANSIT_MODES[transitionClass >> 1]!;
      const penalty = transitionPenalty(
        modeOfCode(arrivingModeCode),
        mode,
        (transitionClass & 1) === 1,
        '',
        parameters,
      );
      transitionHours[arrivingModeCode * TRANSITION_CLASSES + transitionClass] = penalty?.hours ?? 0;
      transitionUsdPerTonne[arrivingModeCode * TRANSITION_CLASSES + transitionClass] = penalty?.usdPerTonne ?? 0;
    }
  }
  return { transitionHours, transitionUsdPerTonne };
}

/** A per-node flag array for a set of node indices (origins, destinations). */
export function markNodes(graph: RouteGraph, nodeIndices: readonly number[]): Uint8Array {
  const marks = new Uint8Array(graph.nodes.length);
  for (const node of nodeIndices) marks[node] = 1;
  return marks;
}

/** The node an arc leaves from: CSR stores only targets, and the twin arc arrives where this one starts. */
export const departureOfArc = (graph: RouteGraph, arc: number) => graph.arcTargets[graph.arcTwin[arc]!]!;
