import { LabelHeap } from './label-heap.ts';
import { LabelStore } from './label-store.ts';
import { computeLowerBounds, type LowerBounds } from './lower-bounds.ts';
import { ARRIVING_MODE_CODES, ORIGIN_MODE_CODE, markNodes, transitionIndex, type RouteGraph } from './route-graph.ts';

export type ParetoPath = { arcs: number[]; hours: number; usdPerTonne: number; borders: number; co2KgPerTonne: number };
export type ParetoSearchResult = {
  /** Sorted by hours, then cost, borders and CO2. */
  paths: ParetoPath[];
  /** True when a limit cut the search short: the paths are then non-dominated among themselves but may miss some optimal ones. */
  capped: boolean;
  /** Partial routes the search created: its work, for the benchmark. */
  labelCount: number;
};

/**
 * Limits against label explosion. With four criteria the number of non-dominated partial routes per
 * state can grow quickly on a large network, and so do time and memory (about 45 bytes a label).
 * The corridor network (tens of nodes, a few hundred labels a query) stays far below both, so its
 * answers are exact. On the generated 100,000-node benchmark network a query across the whole
 * region can need more than a million labels; the search then stops creating labels, finishes with
 * those it has, and reports `capped`: the routes returned are real and not dominated by one another,
 * but trade-offs beyond the budget (mostly the slow, cheap end: labels leave the heap fastest
 * first) may be missing. A per-state cap would be a poor main guard: a label dropped at a full
 * state no longer prunes others, so the search does more work, not less.
 */
export type ParetoSearchLimits = { maxLabelsPerState: number; maxLabels: number };
export const DEFAULT_SEARCH_LIMITS: ParetoSearchLimits = { maxLabelsPerState: 256, maxLabels: 1_000_000 };

/** Values this close count as equal: the same costs summed in another order differ in the last bits. */
const TOLERANCE = 1e-9;

/**
 * Multi-criteria label-setting search (Martins' multi-objective Dijkstra) over hours, USD per
 * tonne, borders and CO2 per tonne, from any origin to any destination. Labels leave the heap in
 * lexicographic order of cost plus lower bound to a destination, a consistent bound, so a label
 * is final once it leaves the heap; a label is dropped when an already settled one beats it at the
 * same node, or when a route already found beats even its optimistic completion. Both keep the
 * answer exact (up to the limits).
 */
export function findParetoPaths(
  graph: RouteGraph,
  originIndices: readonly number[],
  destinationIndices: readonly number[],
  limits: ParetoSearchLimits = DEFAULT_SEARCH_LIMITS,
): ParetoSearchResult {
  const bounds = computeLowerBounds(graph, destinationIndices, originIndices);
  return new ParetoSearch(graph, bounds, markNodes(graph, destinationIndices), limits).run(originIndices);
}

/** Settled and found routes keep their criteria packed four by four, so a dominance scan reads memory in order. */
const CRITERIA = 4;

class ParetoSearch {
  private readonly labels = new LabelStore();
  private readonly heap = new LabelHeap((a, b) => this.precedesOnTie(a, b));
  /** Per state (node × arriving mode): the criteria of its settled labels. */
  private readonly settledCriteria: (number[] | undefined)[];
  private readonly settledAtNode: Int32Array;
  private readonly foundCriteria: number[] = [];
  private readonly destinationLabels: number[] = [];
  private readonly handicap: { hours: Float64Array; usdPerTonne: Float64Array };
  private capped = false;

  constructor(
    private readonly graph: RouteGraph,
    private readonly bounds: LowerBounds,
    private readonly isDestination: Uint8Array,
    private readonly limits: ParetoSearchLimits,
  ) {
    this.settledCriteria = new Array<number[] | undefined>(graph.nodes.length * ARRIVING_MODE_CODES);
    this.settledAtNode = new Int32Array(graph.nodes.length);
    this.handicap = arrivalHandicaps(graph);
  }

  run(originIndices: readonly number[]): ParetoSearchResult {
    for (const origin of originIndices) this.offer(origin, ORIGIN_MODE_CODE, -1, -1, 0, 0, 0, 0);
    while (this.heap.size > 0) {
      const id = this.heap.pop();
      if (!this.canSettle(id)) continue;
      this.settle(id);
      // Going on from a destination only adds cost: the route ending here already beats it.
      if (this.isDestination[this.labels.node[id]!] === 1) this.recordRoute(id);
      else this.expand(id);
    }
    return {
      paths: this.withoutNearlyDominated(this.destinationLabels).map((id) => this.pathOf(id)),
      capped: this.capped,
      labelCount: this.labels.count,
    };
  }

  private offer(
    node: number,
    modeCode: number,
    parent: number,
    arc: number,
    hours: number,
    usdPerTonne: number,
    borders: number,
    co2KgPerTonne: number,
  ): void {
    const hoursBound = this.bounds.hours[node]!;
    if (hoursBound === Infinity) return;
    if (this.isBeatenAtNode(node, modeCode, hours, usdPerTonne, borders, co2KgPerTonne)) return;
    if (this.isBeatenByFoundRoute(node, hours, usdPerTonne, borders, co2KgPerTonne)) return;
    if (this.labels.count >= this.limits.maxLabels) {
      this.capped = true;
      return;
    }
    const id = this.labels.add(node, modeCode, parent, arc, hours, usdPerTonne, borders, co2KgPerTonne);
    this.labels.foundRoutesChecked[id] = this.foundCriteria.length;
    this.labels.settledAtNodeChecked[id] = this.settledAtNode[node]!;
    this.heap.push(hours + hoursBound, id);
  }

  /** Checked again when popped, against what was found or settled since it was offered: that may beat it now. */
  private canSettle(id: number): boolean {
    const { node, arrivingModeCode, hours, usdPerTonne, borders, co2KgPerTonne } = this.labels;
    const labelNode = node[id]!;
    const modeCode = arrivingModeCode[id]!;
    const hasNewNeighbours = this.settledAtNode[labelNode] !== this.labels.settledAtNodeChecked[id];
    if (
      hasNewNeighbours &&
      this.isBeatenAtNode(labelNode, modeCode, hours[id]!, usdPerTonne[id]!, borders[id]!, co2KgPerTonne[id]!)
    )
      return false;
    if (
      this.isBeatenByFoundRoute(
        labelNode,
        hours[id]!,
        usdPerTonne[id]!,
        borders[id]!,
        co2KgPerTonne[id]!,
        this.labels.foundRoutesChecked[id]!,
      )
    )
      return false;
    const settled = this.settledCriteria[labelNode * ARRIVING_MODE_CODES + modeCode];
    if (settled === undefined || settled.length < this.limits.maxLabelsPerState * CRITERIA) return true;
    this.capped = true;
    return false;
  }

  private settle(id: number): void {
    const { labels } = this;
    const state = labels.node[id]! * ARRIVING_MODE_CODES + labels.arrivingModeCode[id]!;
    this.settledCriteria[state] ??= [];
    const settled = this.settledCriteria[state];
    settled.push(labels.hours[id]!, labels.usdPerTonne[id]!, labels.borders[id]!, labels.co2KgPerTonne[id]!);
    this.settledAtNode[labels.node[id]!]!++;
  }

  /**
   * Routes are found in order of hours, so none is beaten by a later one, except where two hours
   * differ only by rounding (98.16 and 98.16000000000001 summed in another order): the later, cheaper
   * route then beats the earlier one within TOLERANCE, and the earlier is left out.
   */
  private withoutNearlyDominated(ids: readonly number[]): number[] {
    const criteria = (id: number) => {
      const { hours, usdPerTonne, borders, co2KgPerTonne } = this.labels;
      return [hours[id]!, usdPerTonne[id]!, borders[id]!, co2KgPerTonne[id]!];
    };
    const all = ids.map(criteria);
    const beats = (a: number[], b: number[]) =>
      a.every((value, index) => value <= b[index]! + TOLERANCE) &&
      a.some((value, index) => value < b[index]! - TOLERANCE);
    return ids.filter((_, index) => !all.some((other) => beats(other, all[index]!)));
  }

  private recordRoute(id: number): void {
    const { labels } = this;
    this.destinationLabels.push(id);
    this.foundCriteria.push(labels.hours[id]!, labels.usdPerTonne[id]!, labels.borders[id]!, labels.co2KgPerTonne[id]!);
  }

  private expand(id: number): void {
    const { graph, labels } = this;
    const node = labels.node[id]!;
    const modeCode = labels.arrivingModeCode[id]!;
    const hours = labels.hours[id]!;
    const usdPerTonne = labels.usdPerTonne[id]!;
    const borders = labels.borders[id]!;
    const co2KgPerTonne = labels.co2KgPerTonne[id]!;
    for (let arc = graph.arcOffsets[node]!, end = graph.arcOffsets[node + 1]!; arc < end; arc++) {
      const transition = transitionIndex(graph, modeCode, arc);
      this.offer(
        graph.arcTargets[arc]!,
        graph.arcModeCode[arc]!,
        id,
        arc,
        hours + graph.arcHours[arc]! + graph.transitionHours[transition]!,
        usdPerTonne + graph.arcUsdPerTonne[arc]! + graph.transitionUsdPerTonne[transition]!,
        borders + graph.arcBorders[arc]!,
        co2KgPerTonne + graph.arcCo2KgPerTonne[arc]!,
      );
    }
  }

  /** Even the most optimistic completion of this partial route is no better than a route already found. */
  private isBeatenByFoundRoute(
    node: number,
    hours: number,
    usdPerTonne: number,
    borders: number,
    co2KgPerTonne: number,
    firstUnchecked = 0,
  ): boolean {
    const { bounds } = this;
    const bestHours = hours + bounds.hours[node]! + TOLERANCE;
    const bestUsd = usdPerTonne + bounds.usdPerTonne[node]! + TOLERANCE;
    const bestBorders = borders + bounds.borders[node]! + TOLERANCE;
    const bestCo2 = co2KgPerTonne + bounds.co2KgPerTonne[node]! + TOLERANCE;
    const found = this.foundCriteria;
    for (let at = firstUnchecked; at < found.length; at += CRITERIA) {
      if (
        found[at]! <= bestHours &&
        found[at + 1]! <= bestUsd &&
        found[at + 2]! <= bestBorders &&
        found[at + 3]! <= bestCo2
      )
        return true;
    }
    return false;
  }

  /**
   * A settled label at the same node beats this one when it is no worse in every criterion even after
   * adding the most its arriving mode can cost extra on the next leg (its handicap): at the same
   * state that handicap is zero, which is Martins' dominance; across modes it keeps the test exact.
   */
  private isBeatenAtNode(
    node: number,
    modeCode: number,
    hours: number,
    usdPerTonne: number,
    borders: number,
    co2KgPerTonne: number,
  ): boolean {
    const { handicap } = this;
    const bordersLimit = borders + TOLERANCE;
    const co2Limit = co2KgPerTonne + TOLERANCE;
    for (let settledModeCode = 0; settledModeCode < ARRIVING_MODE_CODES; settledModeCode++) {
      const settled = this.settledCriteria[node * ARRIVING_MODE_CODES + settledModeCode];
      if (settled === undefined) continue;
      const handicapIndex = settledModeCode * ARRIVING_MODE_CODES + modeCode;
      const hoursLimit = hours + TOLERANCE - handicap.hours[handicapIndex]!;
      const usdLimit = usdPerTonne + TOLERANCE - handicap.usdPerTonne[handicapIndex]!;
      for (let at = 0; at < settled.length; at += CRITERIA) {
        if (
          settled[at]! <= hoursLimit &&
          settled[at + 1]! <= usdLimit &&
          settled[at + 2]! <= bordersLimit &&
          settled[at + 3]! <= co2Limit
        )
          return true;
      }
    }
    return false;
  }

  /** Lexicographic on cost plus lower bound after hours (which the heap compares itself): money, borders, CO2. */
  private precedesOnTie(a: number, b: number): boolean {
    const { labels, bounds } = this;
    const nodeA = labels.node[a]!;
    const nodeB = labels.node[b]!;
    const usdA = labels.usdPerTonne[a]! + bounds.usdPerTonne[nodeA]!;
    const usdB = labels.usdPerTonne[b]! + bounds.usdPerTonne[nodeB]!;
    if (usdA !== usdB) return usdA < usdB;
    const bordersA = labels.borders[a]! + bounds.borders[nodeA]!;
    const bordersB = labels.borders[b]! + bounds.borders[nodeB]!;
    if (bordersA !== bordersB) return bordersA < bordersB;
    return (
      labels.co2KgPerTonne[a]! + bounds.co2KgPerTonne[nodeA]! < labels.co2KgPerTonne[b]! + bounds.co2KgPerTonne[nodeB]!
    );
  }

  private pathOf(id: number): ParetoPath {
    const { labels } = this;
    return {
      arcs: labels.traceArcs(id),
      hours: labels.hours[id]!,
      usdPerTonne: labels.usdPerTonne[id]!,
      borders: labels.borders[id]!,
      co2KgPerTonne: labels.co2KgPerTonne[id]!,
    };
  }
}

/**
 * For a settled label arriving by one mode and a candidate arriving by another, the most the
 * settled one can pay beyond the candidate on any next leg (vehicle change, gauge change).
 */
function arrivalHandicaps(graph: RouteGraph): { hours: Float64Array; usdPerTonne: Float64Array } {
  const transitionClasses = graph.transitionHours.length / ARRIVING_MODE_CODES;
  const largestExcess = (table: Float64Array, settled: number, candidate: number) => {
    let excess = 0;
    for (let transitionClass = 0; transitionClass < transitionClasses; transitionClass++) {
      excess = Math.max(
        excess,
        table[settled * transitionClasses + transitionClass]! - table[candidate * transitionClasses + transitionClass]!,
      );
    }
    return excess;
  };
  const hours = new Float64Array(ARRIVING_MODE_CODES * ARRIVING_MODE_CODES);
  const usdPerTonne = new Float64Array(ARRIVING_MODE_CODES * ARRIVING_MODE_CODES);
  for (let settled = 0; settled < ARRIVING_MODE_CODES; settled++) {
    for (let candidate = 0; candidate < ARRIVING_MODE_CODES; candidate++) {
      hours[settled * ARRIVING_MODE_CODES + candidate] = largestExcess(graph.transitionHours, settled, candidate);
      usdPerTonne[settled * ARRIVING_MODE_CODES + candidate] = largestExcess(
        graph.transitionUsdPerTonne,
        settled,
        candidate,
      );
    }
  }
  return { hours, usdPerTonne };
}
