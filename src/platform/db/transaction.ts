import type { Database, Transaction } from './client.ts';

/** One transaction per write: if `work` throws, nothing it wrote stays. */
export function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as Transaction));
}
