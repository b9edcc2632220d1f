import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { can } from '../accounts/permissions.ts';
import { requireActor } from '../accounts/session-hook.ts';
import { AuditEntryView, AuditQuery } from './schema.ts';
import { listAuditEntries } from './service.ts';

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          querystring: AuditQuery,
          response: withProblems({ 200: z.array(AuditEntryView) }, 400, 401, 403),
        },
      },
      async (request) => {
        if (!can(requireActor(request), 'audit.read')) throw new AppError('forbidden');
        const { from, to, ...filter } = request.query;
        const entries = await listAuditEntries(deps.db, {
          ...filter,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
        });
        return entries.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() }));
      },
    );
}
