/**
 * A binary min-heap of label ids under a lexicographic order whose first key (hours plus bound) is
 * kept beside the id, so most comparisons read one typed array; the caller's comparison of the
 * remaining keys runs only on ties. Typed arrays, not objects: the Pareto search pushes millions.
 */
export class LabelHeap {
  private keys = new Float64Array(1024);
  private ids = new Int32Array(1024);
  private count = 0;

  constructor(private readonly precedesOnTie: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.count;
  }

  push(key: number, id: number): void {
    if (this.count === this.keys.length) this.grow();
    let position = this.count++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (!this.isBefore(key, id, this.keys[parent]!, this.ids[parent]!)) break;
      this.keys[position] = this.keys[parent]!;
      this.ids[position] = this.ids[parent]!;
      position = parent;
    }
    this.keys[position] = key;
    this.ids[position] = id;
  }

  /** The first id; the heap must not be empty. */
  pop(): number {
    const top = this.ids[0]!;
    this.count--;
    if (this.count > 0) this.siftDown(this.keys[this.count]!, this.ids[this.count]!);
    return top;
  }

  private isBefore(key: number, id: number, otherKey: number, otherId: number): boolean {
    return key < otherKey || (key === otherKey && this.precedesOnTie(id, otherId));
  }

  private siftDown(key: number, id: number): void {
    let position = 0;
    const half = this.count >> 1;
    while (position < half) {
      let child = 2 * position + 1;
      if (
        child + 1 < this.count &&
        this.isBefore(this.keys[child + 1]!, this.ids[child + 1]!, this.keys[child]!, this.ids[child]!)
      )
        child++;
      if (!this.isBefore(this.keys[child]!, this.ids[child]!, key, id)) break;
      this.keys[position] = this.keys[child]!;
      this.ids[position] = this.ids[child]!;
      position = child;
    }
    this.keys[position] = key;
    this.ids[position] = id;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    keys.set(this.keys);
    ids.set(this.ids);
    this.keys = keys;
    this.ids = ids;
  }
}
