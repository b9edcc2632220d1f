import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import { createBuyerInterest, listBuyerInterests, type BuyerInterestWithMatches } from './buyer-interests.ts';
import {
  createExhibitor,
  getExhibitor,
  listExhibitors,
  updateExhibitor,
  type ExhibitorWithBooths,
} from './exhibitors.ts';
import { exportBuyerInterests, exportExhibitors, XLSX_MEDIA_TYPE } from './export-expo.ts';
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
export function expoRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['expo'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

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
      const page = await listExhibitors(deps.db, request.params.expoId, {
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

  api.get(
    '/api/expos/:expoId/exhibitors/export',
    {
      schema: {
        tags,
        description: 'The exhibitor directory as an XLSX file, headers in the chosen language',
        params: ExpoIdParam,
        querystring: ExportQuery,
        response: withProblems({}, 400, 404),
      },
    },
    async (request, reply) => {
      const file = await exportExhibitors(deps.db, request.params.expoId, request.query.lang ?? request.locale);
      return reply
        .header('content-disposition', `attachment; filename="exhibitors-${request.params.expoId}.xlsx"`)
        .type(XLSX_MEDIA_TYPE)
        .send(file);
    },
  );

  api.post(
    '/api/expos/:expoId/exhibitors',
    {
      schema: {
        tags,
        params: ExpoIdParam,
        body: CreateExhibitorRequest,
        response: withProblems({ 201: ExhibitorView }, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .status(201)
        .send(toExhibitorView(await createExhibitor(deps.db, context(request), request.params.expoId, request.body)));
    },
  );

  api.get(
    '/api/exhibitors/:id',
    { schema: { tags, params: IdParam, response: withProblems({ 200: ExhibitorView }, 400, 404) } },
    async (request) => toExhibitorView(await getExhibitor(deps.db, request.params.id)),
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
    },
    async (request) => {
      requireActor(request);
      return toExhibitorView(await updateExhibitor(deps.db, context(request), request.params.id, request.body));
    },
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
    },
    async (request) => {
      requireActor(request);
      return (await listBuyerInterests(deps.db, request.actor, request.params.expoId)).map(toInterestView);
    },
  );

  api.get(
    '/api/expos/:expoId/buyer-interests/export',
    {
      schema: {
        tags,
        description: "Buyers' interests as an XLSX file; for signed-in users",
        params: ExpoIdParam,
        querystring: ExportQuery,
        response: withProblems({}, 400, 401, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const file = await exportBuyerInterests(
        deps.db,
        request.actor,
        request.params.expoId,
        request.query.lang ?? request.locale,
      );
      return reply
        .header('content-disposition', `attachment; filename="buyer-interests-${request.params.expoId}.xlsx"`)
        .type(XLSX_MEDIA_TYPE)
        .send(file);
    },
  );

  api.post(
    '/api/expos/:expoId/buyer-interests',
    {
      schema: {
        tags,
        params: ExpoIdParam,
        body: CreateBuyerInterestRequest,
        response: withProblems({ 201: BuyerInterestView }, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .status(201)
        .send(
          toInterestView(await createBuyerInterest(deps.db, context(request), request.params.expoId, request.body)),
        );
    },
  );
}
