import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import type { TaxonomyNode } from './model.ts';
import { parentCodeOf } from './rules.ts';
import {
  AddTaxonomyNodeRequest,
  ChangeTaxonomyNodeRequest,
  TaxonomyCodeParam,
  TaxonomyNodeView,
  TaxonomyQuery,
} from './schema.ts';
import { addTaxonomyNode, changeTaxonomyNode, getTaxonomyNode, listTaxonomy } from './service.ts';

const toView = ({ retiredAt, updatedAt, position: _position, ...node }: TaxonomyNode) => ({
  ...node,
  retired: retiredAt !== null,
  updatedAt: updatedAt.toISOString(),
});

export function taxonomyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['taxonomy'];

  api.get(
    '/api/taxonomy',
    { schema: { tags, querystring: TaxonomyQuery, response: withProblems({ 200: z.array(TaxonomyNodeView) }, 400) } },
    async (request) =>
      (await listTaxonomy(deps.db, { includeRetired: request.query.includeRetired === 'true' })).map(toView),
  );

  api.get(
    '/api/taxonomy/:code',
    { schema: { tags, params: TaxonomyCodeParam, response: withProblems({ 200: TaxonomyNodeView }, 400, 404) } },
    async (request) => toView(await getTaxonomyNode(deps.db, request.params.code)),
  );

  api.post(
    '/api/taxonomy',
    {
      schema: {
        tags,
        body: AddTaxonomyNodeRequest,
        response: withProblems({ 201: TaxonomyNodeView }, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const node = { ...request.body, parentCode: parentCodeOf(request.body.code) };
      const created = await addTaxonomyNode(deps.db, request.actor, auditContextOf(request), node, deps.now());
      return reply.status(201).send(toView(created));
    },
  );

  api.patch(
    '/api/taxonomy/:code',
    {
      schema: {
        tags,
        params: TaxonomyCodeParam,
        body: ChangeTaxonomyNodeRequest,
        response: withProblems({ 200: TaxonomyNodeView }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      return toView(
        await changeTaxonomyNode(
          deps.db,
          request.actor,
          auditContextOf(request),
          request.params.code,
          request.body,
          deps.now(),
        ),
      );
    },
  );
}
