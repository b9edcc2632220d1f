import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client.ts';
import { readAll } from './read-all.ts';
import { openTestDatabase } from '../testing/test-database.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

/** Each read notes when it starts and ends, so the test sees whether two of them overlapped. */
function tracedReads(log: string[]) {
  const read = (name: string) => async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
    return name;
  };
  return [read('a'), read('b')] as const;
}

describe('readAll', () => {
  it('answers in the order the reads were given', async () => {
    expect(await readAll(database.db, [async () => 1, async () => 'two'])).toEqual([1, 'two']);
  });

  it('lets reads overlap on the pool', async () => {
    const log: string[] = [];
    await readAll(database.db, tracedReads(log));
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });

  it('runs reads one after another inside a transaction', async () => {
    const log: string[] = [];
    await database.db.transaction((tx) => readAll(tx, tracedReads(log)));
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
