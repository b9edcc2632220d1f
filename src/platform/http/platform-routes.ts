import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { openDatabaseStateReader } from '../db/migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { isErrorCode } from '../errors/error-codes.ts';
import { statusOf } from './problem.ts';
import { withProblems } from './problem-schema.ts';

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
  .describe('Health of this instance');

const ProblemTypeView = z.object({ code: z.string(), status: z.number().int(), title: z.string(), detail: z.string() });

export function platformRoutes(app: FastifyInstance, deps: AppDeps): void {
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

  api.get(
    '/api/problems/:code',
    {
      schema: {
        tags: ['platform'],
        params: z.object({ code: z.string().max(64) }).strict(),
        response: withProblems({ 200: ProblemTypeView }, 404),
      },
    },
    async (request) => {
      const { code } = request.params;
      if (!isErrorCode(code)) throw new AppError('problem_type_not_found', { id: code });
      return {
        code,
        status: statusOf(code),
        title: request.t(`problem.${code}.title`),
        detail: request.t(`problem.${code}.detail`),
      };
    },
  );
}
