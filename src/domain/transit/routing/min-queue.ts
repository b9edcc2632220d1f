/**
 * A binary min-heap of (key, value) pairs in parallel typed arrays, for the single-criterion
 * searches. A value whose key improves is pushed again and the stale pair skipped when popped
 * (lazy deletion): cheaper than tracking heap positions for decrease-key.
 */
export class MinQueue {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  private count = 0;
  /** Key of the pair last popped. */
  poppedKey = 0;

  get size(): number {
    return this.count;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    let position = this.count++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[position] = this.keys[parent]!;
      this.values[position] = this.values[parent]!;
      position = parent;
    }
    this.keys[position] = key;
    this.values[position] = value;
  }

  /** The value with the smallest key (its key in `poppedKey`); the queue must not be empty. */
  pop(): number {
    const value = this.values[0]!;
    this.poppedKey = this.keys[0]!;
    this.count--;
    if (this.count > 0) this.siftDown(this.keys[this.count]!, this.values[this.count]!);
    return value;
  }

  private siftDown(key: number, value: number): void {
    let position = 0;
    const half = this.count >> 1;
    while (position < half) {
      let child = 2 * position + 1;
      if (child + 1 < this.count && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[position] = this.keys[child]!;
      this.values[position] = this.values[child]!;
      position = child;
    }
    this.keys[position] = key;
    this.values[position] = value;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
