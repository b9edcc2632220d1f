import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { readAuditLog } from './read-audit-log.ts';
import { AuditEntryView, AuditQuery } from './schema.ts';

export function auditRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: withProblems({ 200: z.array(AuditEntryView) }, 400, 401, 403),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { from, to, ...filter } = request.query;
      const entries = await readAuditLog(request.context, {
        ...filter,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return entries.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() }));
    },
  );
}
