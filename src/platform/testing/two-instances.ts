import { afterAll, beforeAll } from 'vitest';
import { seedDatabase } from '../../../seed/seed-database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { openMigratedDatabase } from '../db/migrate.ts';
import type { HttpServer } from '../http/server.ts';
import { buildAppOn } from './test-app.ts';
import { createScratchPostgresDatabase } from './test-database.ts';

export type TwoInstances = { handles: DatabaseHandle[]; apps: HttpServer[] };

/**
 * Two app instances, each with its own connection pool, on one seeded scratch database of the
 * PostgreSQL server at `serverUrl`: how the platform runs when it scales out. Call inside a
 * describe block; the arrays fill before the tests run and everything is dropped after them.
 * `environment` holds settings both instances take (PUBLIC_READ_CACHE_MB).
 */
export function useTwoInstances(
  serverUrl: string,
  options: { environment?: Record<string, string> } = {},
): TwoInstances {
  const instances: TwoInstances = { handles: [], apps: [] };
  let scratch: Awaited<ReturnType<typeof createScratchPostgresDatabase>> | undefined;
  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase(serverUrl);
    instances.handles.push(
      await openMigratedDatabase({ databaseUrl: scratch.url }, async (handle) => void (await seedDatabase(handle.db))),
    );
    instances.handles.push(await openMigratedDatabase({ databaseUrl: scratch.url }));
    for (const handle of instances.handles)
      instances.apps.push(await buildAppOn(handle, { environment: options.environment }));
  });
  afterAll(async () => {
    await Promise.all(instances.apps.map((app) => app.close()));
    await Promise.all(instances.handles.map((handle) => handle.close()));
    await scratch?.drop();
  });
  return instances;
}
