import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { queryRows } from './query-rows.ts';

describe('the embedded database', () => {
  it('gets the page cache the configuration asks for', async () => {
    const handle = await openDatabase({ pgliteSharedBuffersMb: 48 });
    try {
      const [row] = await queryRows<{ shared_buffers: string }>(handle.db, sql`show shared_buffers`);
      expect(row?.shared_buffers).toBe('48MB');
    } finally {
      await handle.close();
    }
  });
});
