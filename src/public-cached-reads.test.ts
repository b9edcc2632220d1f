import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './platform/db/client.ts';
import type { HttpServer } from './platform/http/server.ts';
import { buildAppOn } from './platform/testing/test-app.ts';
import { openTestDatabase } from './platform/testing/test-database.ts';
import { PUBLIC_CACHED_READS } from './public-cached-reads.ts';

describe('the public reads each instance keeps a copy of', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  beforeAll(async () => {
    database = await openTestDatabase({ seed: false });
    app = await buildAppOn(database);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('names only GET routes the app has, so a renamed route is not silently left uncached', () => {
    const missing = PUBLIC_CACHED_READS.filter((pattern) => !app.hasRoute({ method: 'GET', url: pattern }));
    expect(missing).toEqual([]);
  });
});
