import { MinQueue } from './min-queue.ts';
import { ARRIVING_MODE_CODES, ORIGIN_MODE_CODE, markNodes, transitionIndex, type RouteGraph } from './route-graph.ts';

export type FastestPath = { hours: number; arcs: number[] };

/**
 * Dijkstra by hours alone from any origin to the nearest destination, with the same penalties as
 * the Pareto search. A state is (node, arriving mode) because the vehicle-change penalty depends on
 * it: reaching a node fastest by road does not make it the best place to board a train.
 */
export function findFastestPath(
  graph: RouteGraph,
  originIndices: readonly number[],
  destinationIndices: readonly number[],
): FastestPath | null {
  const stateCount = graph.nodes.length * ARRIVING_MODE_CODES;
  const hours = new Float64Array(stateCount).fill(Infinity);
  const arrivingArc = new Int32Array(stateCount).fill(-1);
  const previousState = new Int32Array(stateCount).fill(-1);
  const isDestination = markNodes(graph, destinationIndices);
  const queue = new MinQueue();
  for (const origin of originIndices) {
    const state = origin * ARRIVING_MODE_CODES + ORIGIN_MODE_CODE;
    hours[state] = 0;
    queue.push(0, state);
  }
  while (queue.size > 0) {
    const state = queue.pop();
    const stateHours = hours[state]!;
    if (queue.poppedKey > stateHours) continue;
    const node = Math.floor(state / ARRIVING_MODE_CODES);
    if (isDestination[node] === 1) return { hours: stateHours, arcs: traceArcs(state, arrivingArc, previousState) };
    const arrivingModeCode = state % ARRIVING_MODE_CODES;
    for (let arc = graph.arcOffsets[node]!, end = graph.arcOffsets[node + 1]!; arc < end; arc++) {
      const next = graph.arcTargets[arc]! * ARRIVING_MODE_CODES + graph.arcModeCode[arc]!;
      const nextHours =
        stateHours + graph.arcHours[arc]! + graph.transitionHours[transitionIndex(graph, arrivingModeCode, arc)]!;
      if (nextHours >= hours[next]!) continue;
      hours[next] = nextHours;
      arrivingArc[next] = arc;
      previousState[next] = state;
      queue.push(nextHours, next);
    }
  }
  return null;
}

function traceArcs(state: number, arrivingArc: Int32Array, previousState: Int32Array): number[] {
  const arcs: number[] = [];
  for (let current = state; arrivingArc[current]! >= 0; current = previousState[current]!)
    arcs.push(arrivingArc[current]!);
  return arcs.reverse();
}
