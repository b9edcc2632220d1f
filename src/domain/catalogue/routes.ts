import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { languageNameIn } from '../../platform/i18n/language-names.ts';
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

export function catalogueRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];

  api.get(
    '/api/items',
    { schema: { tags, querystring: ItemQuery, response: withProblems({ 200: ItemPage }, 400) } },
    async (request) => {
      const page = await listItems(request.context, request.query);
      return { items: page.items.map(toItemView), total: page.total };
    },
  );

  api.get('/api/items/sectors', { schema: { tags, response: { 200: z.array(SectorCountView) } } }, (request) =>
    countPublishedBySector(request.context),
  );

  api.get(
    '/api/items/:id',
    { schema: { tags, params: ItemId, response: withProblems({ 200: ItemView }, 400, 404) } },
    async (request) => toItemView(await getItem(request.context, request.params.id)),
  );

  api.get(
    '/api/items/:id/history',
    {
      schema: { tags, params: ItemId, response: withProblems({ 200: z.array(ItemVersionView) }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request) => (await getItemHistory(request.context, request.params.id)).map(toVersionView),
  );

  api.post(
    '/api/items',
    {
      schema: { tags, body: CreateItemRequest, response: withProblems({ 201: WrittenItemView }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const content = { ...toItemContent(request.body), status: request.body.status };
      const { item, warnings } = await inTransaction(request.context, (context) => createItem(context, content));
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
      config: SIGNED_IN,
    },
    async (request) => {
      const { quantity, ...rest } = request.body;
      const changes =
        quantity === undefined
          ? rest
          : {
              ...rest,
              quantity: quantity && { amount: quantity.amount, unit: quantity.unit!, period: quantity.period ?? null },
            };
      const { item, warnings } = await inTransaction(request.context, (context) =>
        updateItem(context, request.params.id, changes),
      );
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
      config: SIGNED_IN,
    },
    async (request) =>
      toItemView(
        await inTransaction(request.context, (context) =>
          changeItemStatus(context, request.params.id, request.body.status),
        ),
      ),
  );

  api.delete(
    '/api/items/demo',
    {
      schema: { tags, response: withProblems({ 200: z.object({ removed: z.number().int() }) }, 401, 403) },
      config: SIGNED_IN,
    },
    async (request) => ({ removed: await inTransaction(request.context, (context) => removeDemoItems(context)) }),
  );
}
