import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import type { CatalogueItem, ItemVersion } from './model.ts';
import { countPublishedBySector, getItem, getItemHistory, listItems } from './read-items.ts';
import { missingTranslations, type ScriptWarning } from './rules.ts';
import {
  ChangeStatusRequest,
  CreateItemRequest,
  ItemId,
  toItemContent,
  ItemPage,
  ItemQuery,
  ItemVersionView,
  ItemView,
  SectorCountView,
  UpdateItemRequest,
  WrittenItemView,
} from './schema.ts';
import { changeItemStatus, createItem, removeDemoItems, updateItem } from './write-items.ts';

export const toItemView = ({ ownerUserId: _ownerUserId, ...item }: CatalogueItem) => ({
  ...item,
  createdAt: item.createdAt.toISOString(),
  updatedAt: item.updatedAt.toISOString(),
  publishedAt: item.publishedAt?.toISOString() ?? null,
  missingTranslations: missingTranslations(item),
});

const toVersionView = (version: ItemVersion) => ({
  version: version.version,
  change: version.change,
  changedBy: version.changedBy,
  changedAt: version.changedAt.toISOString(),
  item: toItemView({
    ...version.snapshot,
    createdAt: new Date(version.snapshot.createdAt),
    updatedAt: new Date(version.snapshot.updatedAt),
    publishedAt: version.snapshot.publishedAt ? new Date(version.snapshot.publishedAt) : null,
  }),
});

const warningsIn = (request: FastifyRequest, warnings: ScriptWarning[]) =>
  warnings.map((warning) => ({
    ...warning,
    message: request.t(`field.${warning.code}`, { language: languageNameIn(warning.language, request.locale) }),
  }));

export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

  api.get(
    '/api/items',
    { schema: { tags, querystring: ItemQuery, response: withProblems({ 200: ItemPage }, 400) } },
    async (request) => {
      const page = await listItems(deps.db, request.actor, request.query);
      return { items: page.items.map(toItemView), total: page.total };
    },
  );

  api.get('/api/items/sectors', { schema: { tags, response: { 200: z.array(SectorCountView) } } }, () =>
    countPublishedBySector(deps.db),
  );

  api.get(
    '/api/items/:id',
    { schema: { tags, params: ItemId, response: withProblems({ 200: ItemView }, 400, 404) } },
    async (request) => toItemView(await getItem(deps.db, request.actor, request.params.id)),
  );

  api.get(
    '/api/items/:id/history',
    { schema: { tags, params: ItemId, response: withProblems({ 200: z.array(ItemVersionView) }, 400, 401, 403, 404) } },
    async (request) => {
      requireActor(request);
      return (await getItemHistory(deps.db, request.actor, request.params.id)).map(toVersionView);
    },
  );

  api.post(
    '/api/items',
    { schema: { tags, body: CreateItemRequest, response: withProblems({ 201: WrittenItemView }, 400, 401, 403, 404) } },
    async (request, reply) => {
      requireActor(request);
      const { item, warnings } = await createItem(deps.db, context(request), {
        ...toItemContent(request.body),
        status: request.body.status,
      });
      return reply.status(201).send({ ...toItemView(item), warnings: warningsIn(request, warnings) });
    },
  );

  api.patch(
    '/api/items/:id',
    {
      schema: {
        tags,
        params: ItemId,
        body: UpdateItemRequest,
        response: withProblems({ 200: WrittenItemView }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      const { quantity, ...rest } = request.body;
      const changes =
        quantity === undefined
          ? rest
          : {
              ...rest,
              quantity: quantity && { amount: quantity.amount, unit: quantity.unit!, period: quantity.period ?? null },
            };
      const { item, warnings } = await updateItem(deps.db, context(request), request.params.id, changes);
      return { ...toItemView(item), warnings: warningsIn(request, warnings) };
    },
  );

  api.post(
    '/api/items/:id/status',
    {
      schema: {
        tags,
        params: ItemId,
        body: ChangeStatusRequest,
        response: withProblems({ 200: ItemView }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      return toItemView(await changeItemStatus(deps.db, context(request), request.params.id, request.body.status));
    },
  );

  api.delete(
    '/api/items/demo',
    { schema: { tags, response: withProblems({ 200: z.object({ removed: z.number().int() }) }, 401, 403) } },
    async (request) => {
      requireActor(request);
      return { removed: await removeDemoItems(deps.db, context(request)) };
    },
  );
}
