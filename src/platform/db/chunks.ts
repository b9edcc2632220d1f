/**
 * PostgreSQL takes at most 65,535 parameters per statement; a few hundred rows of a few dozen
 * columns stay well under it while still saving almost all the round trips of row-by-row inserts.
 */
export const INSERT_CHUNK = 500;

export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
