/** The best `limit` entries by score (descending) then id (ascending, by code unit). */
export class TopMatches<T> {
  readonly scores: number[] = [];
  readonly ids: string[] = [];
  readonly values: T[] = [];

  constructor(readonly limit: number) {}

  /** The lowest score still kept: -Infinity while there is room, +Infinity when nothing is kept. */
  get threshold(): number {
    if (this.limit <= 0) return Number.POSITIVE_INFINITY;
    return this.scores.length < this.limit ? Number.NEGATIVE_INFINITY : this.scores[this.scores.length - 1]!;
  }

  consider(score: number, id: string, value: T): void {
    if (this.limit <= 0) return;
    let at = this.scores.length;
    while (at > 0 && ranksBefore(score, id, this.scores[at - 1]!, this.ids[at - 1]!)) at--;
    if (at >= this.limit) return;
    this.scores.splice(at, 0, score);
    this.ids.splice(at, 0, id);
    this.values.splice(at, 0, value);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.ids.pop();
      this.values.pop();
    }
  }
}

const ranksBefore = (score: number, id: string, otherScore: number, otherId: string) =>
  score > otherScore || (score === otherScore && id < otherId);
