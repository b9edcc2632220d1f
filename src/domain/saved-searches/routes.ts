import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { deleteSavedSearch, listSavedSearches, markSavedSearchSeen, saveSearch } from './service.ts';
import type { SavedSearchRow } from './repository.ts';
import { SavedSearchId, SavedSearchListView, SavedSearchView, SaveSearchRequest } from './schema.ts';

const toView = (row: SavedSearchRow, newItems: number) => ({
  id: row.id,
  name: row.name,
  query: Object.fromEntries(Object.entries(row.query).filter((entry): entry is [string, string] => Boolean(entry[1]))),
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: row.lastSeenAt.toISOString(),
  newItems,
});

/** Searches a signed-in person keeps, with what is new for each since they last opened it. */
export function savedSearchRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['search'];

  api.get(
    '/api/saved-searches',
    {
      schema: {
        tags,
        description: 'Your saved searches, each with the number of new or changed offers and needs it finds',
        response: withProblems({ 200: SavedSearchListView }, 401),
      },
      config: SIGNED_IN,
    },
    async (request) => ({
      savedSearches: (await listSavedSearches(request.context)).map((row) => toView(row, row.newItems)),
    }),
  );

  api.post(
    '/api/saved-searches',
    {
      schema: {
        tags,
        description: 'Keeps a search, to be told what is new for it',
        body: SaveSearchRequest,
        response: withProblems({ 201: SavedSearchView }, 400, 401, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const row = await inTransaction(request.context, (context) =>
        saveSearch(context, request.body.name, request.body.query),
      );
      return reply.status(201).send(toView(row, 0));
    },
  );

  api.post(
    '/api/saved-searches/:id/seen',
    {
      schema: {
        tags,
        description: 'Marks what the saved search finds as seen (the person opened it)',
        params: SavedSearchId,
        response: withProblems({ 200: SavedSearchView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const row = await inTransaction(request.context, (context) => markSavedSearchSeen(context, request.params.id));
      return toView(row, 0);
    },
  );

  api.delete(
    '/api/saved-searches/:id',
    {
      schema: {
        tags,
        params: SavedSearchId,
        response: withProblems({ 204: z.null().describe('Deleted') }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => deleteSavedSearch(context, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
