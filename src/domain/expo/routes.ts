import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, type RequestContext } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { createBuyerInterest, listBuyerInterests, type BuyerInterestWithMatches } from './buyer-interests.ts';
import {
  createExhibitor,
  getExhibitor,
  listExhibitors,
  updateExhibitor,
  type ExhibitorWithBooths,
} from './exhibitors.ts';
import { exportBuyerInterests, exportExhibitors } from './export-expo.ts';
import {
  BuyerInterestView,
  CreateBuyerInterestRequest,
  CreateExhibitorRequest,
  ExhibitorPage,
  ExhibitorQuery,
  ExhibitorView,
  ExpoIdParam,
  ExportQuery,
  IdParam,
  UpdateExhibitorRequest,
} from './schema.ts';

export const toExhibitorView = (exhibitor: ExhibitorWithBooths) => ({
  ...exhibitor,
  createdAt: exhibitor.createdAt.toISOString(),
  updatedAt: exhibitor.updatedAt.toISOString(),
});
const toInterestView = (interest: BuyerInterestWithMatches) => ({
  ...interest,
  createdAt: interest.createdAt.toISOString(),
});

/** Exhibitors, the public directory, buyers' interests and the expo's files. */
export function expoRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['expo'];

  /** One of the expo's lists as an XLSX file, headers in the language asked for (lang), else the request's. */
  function workbookRoute(
    list: 'exhibitors' | 'buyer-interests',
    write: (context: RequestContext, expoId: string, locale: Locale) => Promise<Buffer>,
    route: { description: string; problems: number[]; config?: typeof SIGNED_IN },
  ): void {
    api.get(
      `/api/expos/:expoId/${list}/export`,
      {
        schema: {
          tags,
          description: route.description,
          params: ExpoIdParam,
          querystring: ExportQuery,
          response: withProblems({}, ...route.problems),
        },
        config: route.config,
      },
      async (request, reply) => {
        const locale = request.query.lang ?? request.context.locale;
        const file = await write(request.context, request.params.expoId, locale);
        return sendDownload(reply, `${list}-${request.params.expoId}.xlsx`, XLSX_MEDIA_TYPE, file);
      },
    );
  }

  api.get(
    '/api/expos/:expoId/exhibitors',
    {
      schema: {
        tags,
        description: 'The public exhibitor directory, filtered and paged',
        params: ExpoIdParam,
        querystring: ExhibitorQuery,
        response: withProblems({ 200: ExhibitorPage }, 400, 404),
      },
    },
    async (request) => {
      const { province, country, hs, language, q, limit, offset } = request.query;
      const page = await listExhibitors(request.context, request.params.expoId, {
        province,
        country,
        hsPrefix: hs,
        contactLanguage: language,
        text: q,
        limit,
        offset,
      });
      return { items: page.items.map(toExhibitorView), total: page.total };
    },
  );

  workbookRoute('exhibitors', exportExhibitors, {
    description: 'The exhibitor directory as an XLSX file, headers in the chosen language',
    problems: [400, 404],
  });

  api.post(
    '/api/expos/:expoId/exhibitors',
    {
      schema: {
        tags,
        params: ExpoIdParam,
        body: CreateExhibitorRequest,
        response: withProblems({ 201: ExhibitorView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const created = await inTransaction(request.context, (context) =>
        createExhibitor(context, request.params.expoId, request.body),
      );
      return reply.status(201).send(toExhibitorView(created));
    },
  );

  api.get(
    '/api/exhibitors/:id',
    { schema: { tags, params: IdParam, response: withProblems({ 200: ExhibitorView }, 400, 404) } },
    async (request) => toExhibitorView(await getExhibitor(request.context, request.params.id)),
  );

  api.patch(
    '/api/exhibitors/:id',
    {
      schema: {
        tags,
        params: IdParam,
        body: UpdateExhibitorRequest,
        response: withProblems({ 200: ExhibitorView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) =>
      toExhibitorView(
        await inTransaction(request.context, (context) => updateExhibitor(context, request.params.id, request.body)),
      ),
  );

  api.get(
    '/api/expos/:expoId/buyer-interests',
    {
      schema: {
        tags,
        description: "Buyers' interests with matching exhibitors; for signed-in users",
        params: ExpoIdParam,
        response: withProblems({ 200: z.array(BuyerInterestView) }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => (await listBuyerInterests(request.context, request.params.expoId)).map(toInterestView),
  );

  workbookRoute('buyer-interests', exportBuyerInterests, {
    description: "Buyers' interests as an XLSX file; for signed-in users",
    problems: [400, 401, 404],
    config: SIGNED_IN,
  });

  api.post(
    '/api/expos/:expoId/buyer-interests',
    {
      schema: {
        tags,
        params: ExpoIdParam,
        body: CreateBuyerInterestRequest,
        response: withProblems({ 201: BuyerInterestView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const created = await inTransaction(request.context, (context) =>
        createBuyerInterest(context, request.params.expoId, request.body),
      );
      return reply.status(201).send(toInterestView(created));
    },
  );
}
