import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { EditionDetailView, EditionId, EditionView } from './schema.ts';
import { getCurrentEdition, getEdition, listEditions } from './service.ts';

export function summitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summit'];

  api.get('/api/editions', { schema: { tags, response: { 200: z.array(EditionView) } } }, () => listEditions(deps.db));

  api.get('/api/editions/current', { schema: { tags, response: withProblems({ 200: EditionDetailView }, 404) } }, () =>
    getCurrentEdition(deps.db),
  );

  api.get('/api/editions/:id', { schema: { tags, params: EditionId, response: withProblems({ 200: EditionDetailView }, 404) } }, (request) =>
    getEdition(deps.db, request.params.id),
  );
}
