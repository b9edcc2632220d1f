/**
 * A binary min-heap of label ids ordered by a caller's comparison, kept in
 * a growable Int32Array: the Pareto search pushes millions of labels and objects would cost more in GC
 * than the search itself.
 */
export class LabelHeap {
  private ids = new Int32Array(1024);
  private count = 0;

  constructor(private readonly precedes: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.count;
  }

  push(id: number): void {
    if (this.count === this.ids.length) this.grow();
    let position = this.count++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const parentId = this.ids[parent]!;
      if (!this.precedes(id, parentId)) break;
      this.ids[position] = parentId;
      position = parent;
    }
    this.ids[position] = id;
  }

  /** The first id; the heap must not be empty. */
  pop(): number {
    const top = this.ids[0]!;
    const last = this.ids[--this.count]!;
    if (this.count > 0) this.siftDown(last);
    return top;
  }

  private siftDown(id: number): void {
    let position = 0;
    const half = this.count >> 1;
    while (position < half) {
      let child = 2 * position + 1;
      const right = child + 1;
      if (right < this.count && this.precedes(this.ids[right]!, this.ids[child]!)) child = right;
      const childId = this.ids[child]!;
      if (!this.precedes(childId, id)) break;
      this.ids[position] = childId;
      position = child;
    }
    this.ids[position] = id;
  }

  private grow(): void {
    const larger = new Int32Array(this.ids.length * 2);
    larger.set(this.ids);
    this.ids = larger;
  }
}
