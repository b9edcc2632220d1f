import { MinQueue } from './min-queue.ts';
import { markNodes, type RouteGraph } from './route-graph.ts';

/** Per node, for each criterion, a value no route from that node to a destination can beat. */
export type LowerBounds = {
  hours: Float64Array;
  usdPerTonne: Float64Array;
  borders: Float64Array;
  co2KgPerTonne: Float64Array;
};

/**
 * One reverse Dijkstra per criterion from the destinations, on arc costs without the vehicle-change
 * penalties (the only costs that depend on the previous leg, and never negative), so each bound is
 * admissible and consistent: the Pareto search may prune on it and stay exact.
 */
export function computeLowerBounds(
  graph: RouteGraph,
  destinationIndices: readonly number[],
  originIndices: readonly number[],
): LowerBounds {
  const isOrigin = markNodes(graph, originIndices);
  const boundBy = (weights: Float64Array) => searchBackwards(graph, weights, destinationIndices, isOrigin);
  return {
    hours: boundBy(graph.arcHours),
    usdPerTonne: boundBy(graph.arcUsdPerTonne),
    borders: boundBy(graph.arcBorders),
    co2KgPerTonne: boundBy(graph.arcCo2KgPerTonne),
  };
}

/**
 * How far past the farthest origin the reverse searches go: partial routes stray beyond the
 * origin's distance, and an exact bound there prunes far more than the radius would (on the
 * generated 100,000-node network, a fifth fewer labels; searching on to the whole network adds
 * little more).
 */
const REACH_FACTOR = 1.5;

/**
 * Stops a little past the farthest origin (REACH_FACTOR): a node not settled by then is at least as
 * far as the stopping radius, which is still a valid (weaker) bound, and a query between near nodes
 * does not pay for sweeping the whole network. Nodes that cannot reach a destination get Infinity.
 */
function searchBackwards(
  graph: RouteGraph,
  weights: Float64Array,
  destinationIndices: readonly number[],
  isOrigin: Uint8Array,
): Float64Array {
  const distances = new Float64Array(graph.nodes.length).fill(Infinity);
  const isSettled = new Uint8Array(graph.nodes.length);
  let originsLeft = isOrigin.reduce((count, flag) => count + flag, 0);
  let stopBeyond = Infinity;
  let radius = Infinity;
  const queue = new MinQueue();
  for (const destination of destinationIndices) {
    distances[destination] = 0;
    queue.push(0, destination);
  }
  while (queue.size > 0) {
    const node = queue.pop();
    if (isSettled[node] === 1) continue;
    const distance = distances[node]!;
    if (distance > stopBeyond) {
      radius = distance;
      break;
    }
    isSettled[node] = 1;
    originsLeft -= isOrigin[node]!;
    if (originsLeft === 0 && stopBeyond === Infinity) stopBeyond = distance * REACH_FACTOR;
    for (let arc = graph.arcOffsets[node]!, end = graph.arcOffsets[node + 1]!; arc < end; arc++) {
      const previous = graph.arcTargets[arc]!;
      const viaNode = distance + weights[graph.arcTwin[arc]!]!;
      if (viaNode >= distances[previous]!) continue;
      distances[previous] = viaNode;
      queue.push(viaNode, previous);
    }
  }
  if (radius < Infinity) capUnsettled(distances, isSettled, radius);
  return distances;
}

function capUnsettled(distances: Float64Array, isSettled: Uint8Array, radius: number): void {
  for (let node = 0; node < distances.length; node++) if (isSettled[node] === 0) distances[node] = radius;
}
