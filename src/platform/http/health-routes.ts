import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { countKnownMigrations, openDatabaseStateReader } from '../db/migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { problemWith } from './problem-schema.ts';

const HealthView = z
  .object({
    status: z.enum(['ok', 'degraded']).describe('ok when the database answers'),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']).describe('Embedded PGlite or a real PostgreSQL'),
      reachable: z.boolean().describe('Whether a query succeeded just now'),
      migration: z.string().nullable().describe('Latest applied migration'),
      appliedMigrations: z.number().int(),
      knownMigrations: z.number().int(),
    }),
  })
  .describe('Health of this instance (kept for existing monitors: the database answers; see /live and /ready)');

const LiveView = z
  .object({
    status: z.literal('alive').describe('The process runs and its event loop answers; nothing else is checked'),
    uptimeSeconds: z.number().describe('Seconds since the process started'),
  })
  .describe('Liveness: restart the process when this does not answer');

const ReadinessChecks = z.object({
  databaseReachable: z.boolean().describe('Whether a query succeeded just now'),
  appliedMigrations: z.number().int().describe('Migrations the database has'),
  expectedMigrations: z.number().int().describe('Migrations this version of the platform ships and expects'),
  seeded: z.boolean().describe('Whether every part of the seed is recorded as done'),
});

const ReadyView = z
  .object({ status: z.literal('ready').describe('Send traffic here'), checks: ReadinessChecks })
  .describe('Readiness: the database answers, is migrated to the expected level and seeded');

const NotReadyProblem = problemWith(
  z
    .object({ checks: ReadinessChecks.describe('What was found; the failing checks say why') })
    .describe('This instance cannot serve yet: keep traffic away, it may come back without a restart'),
);

export type HealthOptions = {
  /** Whether the seed has finished; `app.ts` hands in the seed's own check, which the platform cannot import. */
  isSeeded: (db: Database) => Promise<boolean>;
};

/**
 * Liveness and readiness apart, for a supervisor and a load balancer: `/api/health/live` answers
 * from the process alone (restart it when this fails), `/api/health/ready` asks the database
 * (take the instance out of rotation when this fails; it comes back by itself). `/api/health`
 * stays as it was for monitors that already call it.
 */
export function healthRoutes(app: FastifyInstance, deps: AppDeps, options: HealthOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const readMigrationState = openDatabaseStateReader(deps.db);

  api.get(
    '/api/health',
    { schema: { tags: ['platform'], response: { 200: HealthView, 503: HealthView } } },
    async (_request, reply) => {
      try {
        await deps.db.execute(sql`select 1`);
        const state = await readMigrationState();
        const database = {
          kind: deps.databaseKind,
          reachable: true,
          migration: state.version,
          appliedMigrations: state.applied,
          knownMigrations: state.known,
        };
        return { status: 'ok' as const, database };
      } catch {
        const database = {
          kind: deps.databaseKind,
          reachable: false,
          migration: null,
          appliedMigrations: 0,
          knownMigrations: 0,
        };
        return reply.status(503).send({ status: 'degraded' as const, database });
      }
    },
  );

  api.get('/api/health/live', { schema: { tags: ['platform'], response: { 200: LiveView } } }, async () => ({
    status: 'alive' as const,
    uptimeSeconds: Math.round(process.uptime()),
  }));

  api.get(
    '/api/health/ready',
    { schema: { tags: ['platform'], response: { 200: ReadyView, 503: NotReadyProblem } } },
    async () => {
      const checks = await checkReadiness();
      const ready = checks.databaseReachable && checks.appliedMigrations === checks.expectedMigrations && checks.seeded;
      if (!ready) throw new AppError('instance_not_ready', {}, { members: { checks } });
      return { status: 'ready' as const, checks };
    },
  );

  const expectedMigrations = countKnownMigrations();
  async function checkReadiness(): Promise<z.infer<typeof ReadinessChecks>> {
    const unreachable = { databaseReachable: false, appliedMigrations: 0, expectedMigrations, seeded: false };
    const reachable = await deps.db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    if (!reachable) return unreachable;
    // A database not migrated at all has no migrations table yet: that is zero applied, not unreachable.
    const state = await readMigrationState().catch(() => ({ applied: 0 }));
    const seeded = await options.isSeeded(deps.db).catch(() => false);
    return { databaseReachable: true, appliedMigrations: state.applied, expectedMigrations, seeded };
  }
}
