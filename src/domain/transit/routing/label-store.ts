const INITIAL_CAPACITY = 4096;

/**
 * The labels of the Pareto search, one partial route each, in growable typed arrays (struct of
 * arrays): a search on a large network creates millions and objects would cost more than the search.
 */
export class LabelStore {
  hours = new Float64Array(INITIAL_CAPACITY);
  usdPerTonne = new Float64Array(INITIAL_CAPACITY);
  borders = new Float64Array(INITIAL_CAPACITY);
  co2KgPerTonne = new Float64Array(INITIAL_CAPACITY);
  node = new Int32Array(INITIAL_CAPACITY);
  arrivingModeCode = new Uint8Array(INITIAL_CAPACITY);
  /** The label this one extends, -1 at an origin. */
  parent = new Int32Array(INITIAL_CAPACITY);
  arrivingArc = new Int32Array(INITIAL_CAPACITY);
  /** What the label was checked against when offered (routes found, labels settled at its node), so popping it rechecks only what came since. */
  foundRoutesChecked = new Int32Array(INITIAL_CAPACITY);
  settledAtNodeChecked = new Int32Array(INITIAL_CAPACITY);
  count = 0;

  add(
    node: number,
    arrivingModeCode: number,
    parent: number,
    arrivingArc: number,
    hours: number,
    usdPerTonne: number,
    borders: number,
    co2KgPerTonne: number,
  ): number {
    if (this.count === this.hours.length) this.grow();
    const id = this.count++;
    this.hours[id] = hours;
    this.usdPerTonne[id] = usdPerTonne;
    this.borders[id] = borders;
    this.co2KgPerTonne[id] = co2KgPerTonne;
    this.node[id] = node;
    this.arrivingModeCode[id] = arrivingModeCode;
    this.parent[id] = parent;
    this.arrivingArc[id] = arrivingArc;
    return id;
  }

  /** Arcs from the origin to this label's node, in travel order. */
  traceArcs(id: number): number[] {
    const arcs: number[] = [];
    for (let current = id; this.parent[current]! >= 0; current = this.parent[current]!)
      arcs.push(this.arrivingArc[current]!);
    return arcs.reverse();
  }

  private grow(): void {
    const capacity = this.hours.length * 2;
    this.hours = grownFloat(this.hours, capacity);
    this.usdPerTonne = grownFloat(this.usdPerTonne, capacity);
    this.borders = grownFloat(this.borders, capacity);
    this.co2KgPerTonne = grownFloat(this.co2KgPerTonne, capacity);
    this.node = grownInt(this.node, capacity);
    this.parent = grownInt(this.parent, capacity);
    this.arrivingArc = grownInt(this.arrivingArc, capacity);
    this.foundRoutesChecked = grownInt(this.foundRoutesChecked, capacity);
    this.settledAtNodeChecked = grownInt(this.settledAtNodeChecked, capacity);
    const modes = new Uint8Array(capacity);
    modes.set(this.arrivingModeCode);
    this.arrivingModeCode = modes;
  }
}

function grownFloat(values: Float64Array, capacity: number) {
  const larger = new Float64Array(capacity);
  larger.set(values);
  return larger;
}

function grownInt(values: Int32Array, capacity: number) {
  const larger = new Int32Array(capacity);
  larger.set(values);
  return larger;
}
