import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full collection before a memory reading, so the reading is what is live, not what is garbage. */
export const collectGarbage = runInNewContext('gc') as () => void;

export type Timed<T> = { ms: number; value: T };

export function time<T>(work: () => T): Timed<T> {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** The nearest-rank percentile (`share` 0–1) of the values. */
export const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
};

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits)) || 0;
export const megabytes = (bytes: number): number => round(bytes / 1024 / 1024, 1);
