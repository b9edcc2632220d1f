import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';

/** Rows of a raw SQL query, typed by the caller: both drivers answer `{ rows }`. */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: Row[] }).rows;
}
