import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import {
  ReindexView,
  ReplaceTaxonomyTermsRequest,
  SearchAnswerView,
  SearchQuery,
  searchRequestOf,
  TaxonomyTermsParam,
  TaxonomyTermsView,
} from './schema.ts';
import { type DocumentSource, rebuildSearchIndex } from './index-documents.ts';
import { search } from './search.ts';
import { listTaxonomyTerms, replaceTaxonomyTerms } from './terms.ts';

/** `documentSources`: how the capabilities that are searched list their documents, for a rebuild. */
export function searchRoutes(app: FastifyInstance, options: { documentSources: readonly DocumentSource[] }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['search'];

  api.get(
    '/api/search',
    {
      schema: {
        tags,
        description:
          'One search over offers and needs, province profiles, exhibitors, sessions and speakers, in any language or script',
        querystring: SearchQuery,
        response: withProblems({ 200: SearchAnswerView }, 400),
      },
    },
    (request) => search(request.context, searchRequestOf(request.query)),
  );

  api.get(
    '/api/search/terms/:code',
    {
      schema: {
        tags,
        description: 'The words a query names a taxonomy node by, per language',
        params: TaxonomyTermsParam,
        response: withProblems({ 200: TaxonomyTermsView }, 400, 404),
      },
    },
    async (request) => ({
      code: request.params.code,
      lists: await listTaxonomyTerms(request.context, request.params.code),
    }),
  );

  api.put(
    '/api/search/terms/:code',
    {
      schema: {
        tags,
        description: 'Replaces the words of a taxonomy node (secretariat)',
        params: TaxonomyTermsParam,
        body: ReplaceTaxonomyTermsRequest,
        response: withProblems({ 200: TaxonomyTermsView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const lists = await inTransaction(request.context, (context) =>
        replaceTaxonomyTerms(context, request.params.code, request.body.lists),
      );
      return { code: request.params.code, lists };
    },
  );

  api.post(
    '/api/search/reindex',
    {
      schema: {
        tags,
        description: 'Rebuilds the search index from everything public (secretariat)',
        response: withProblems({ 200: ReindexView }, 401, 403),
      },
      config: SIGNED_IN,
    },
    async (request) => ({ indexed: await rebuildSearchIndex(request.context, options.documentSources) }),
  );
}
