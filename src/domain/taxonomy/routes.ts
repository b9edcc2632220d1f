import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
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

export function taxonomyRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['taxonomy'];

  api.get(
    '/api/taxonomy',
    { schema: { tags, querystring: TaxonomyQuery, response: withProblems({ 200: z.array(TaxonomyNodeView) }, 400) } },
    async (request) =>
      (await listTaxonomy(request.context, { includeRetired: request.query.includeRetired === 'true' })).map(toView),
  );

  api.get(
    '/api/taxonomy/:code',
    { schema: { tags, params: TaxonomyCodeParam, response: withProblems({ 200: TaxonomyNodeView }, 400, 404) } },
    async (request) => toView(await getTaxonomyNode(request.context, request.params.code)),
  );

  api.post(
    '/api/taxonomy',
    {
      schema: {
        tags,
        body: AddTaxonomyNodeRequest,
        response: withProblems({ 201: TaxonomyNodeView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const node = { ...request.body, parentCode: parentCodeOf(request.body.code) };
      const created = await inTransaction(request.context, (context) => addTaxonomyNode(context, node));
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
      config: SIGNED_IN,
    },
    async (request) =>
      toView(
        await inTransaction(request.context, (context) =>
          changeTaxonomyNode(context, request.params.code, request.body),
        ),
      ),
  );
}
