import type { Executor } from './client.ts';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs independent reads: side by side on the pool, one after another inside a transaction,
 * whose one connection node-postgres will not share between overlapping queries (deprecated in
 * pg 8, an error in pg 9).
 */
export async function readAll<T extends readonly unknown[]>(db: Executor, reads: Reads<T>): Promise<T> {
  if (!isTransaction(db)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

function isTransaction(db: Executor): boolean {
  return 'rollback' in db;
}
