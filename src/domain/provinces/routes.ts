import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import type { Province } from './model.ts';
import { PortView, ProvinceDetailView, ProvinceId, ProvinceSummaryView, UpdateProfileRequest } from './schema.ts';
import { getProvinceDetail, listPorts, listProvinces, updateProvinceProfile } from './service.ts';

const withIsoDate = <T extends Pick<Province, 'updatedAt'>>(province: T) => ({
  ...province,
  updatedAt: province.updatedAt.toISOString(),
});

export function provincesRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['provinces'];

  api.get('/api/provinces', { schema: { tags, response: { 200: z.array(ProvinceSummaryView) } } }, () =>
    listProvinces(deps.db),
  );

  api.get('/api/ports', { schema: { tags, response: { 200: z.array(PortView) } } }, () => listPorts(deps.db));

  api.get(
    '/api/provinces/:id',
    { schema: { tags, params: ProvinceId, response: withProblems({ 200: ProvinceDetailView }, 404) } },
    async (request) => withIsoDate(await getProvinceDetail(deps.db, request.params.id)),
  );

  api.patch(
    '/api/provinces/:id',
    {
      schema: {
        tags,
        params: ProvinceId,
        body: UpdateProfileRequest,
        response: withProblems({ 200: ProvinceDetailView }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      const { id } = request.params;
      await updateProvinceProfile(deps.db, request.actor, auditContextOf(request), id, request.body, deps.now());
      return withIsoDate(await getProvinceDetail(deps.db, id));
    },
  );
}
