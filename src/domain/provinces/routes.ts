import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { Province } from './model.ts';
import { PortView, ProvinceDetailView, ProvinceId, ProvinceSummaryView, UpdateProfileRequest } from './schema.ts';
import { getProvinceDetail, listPorts, listProvinces, updateProvinceProfile } from './service.ts';

const withIsoDate = <T extends Pick<Province, 'updatedAt'>>(province: T) => ({
  ...province,
  updatedAt: province.updatedAt.toISOString(),
});

export function provincesRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['provinces'];

  api.get('/api/provinces', { schema: { tags, response: { 200: z.array(ProvinceSummaryView) } } }, (request) =>
    listProvinces(request.context),
  );

  api.get('/api/ports', { schema: { tags, response: { 200: z.array(PortView) } } }, (request) =>
    listPorts(request.context),
  );

  api.get(
    '/api/provinces/:id',
    { schema: { tags, params: ProvinceId, response: withProblems({ 200: ProvinceDetailView }, 404) } },
    async (request) => withIsoDate(await getProvinceDetail(request.context, request.params.id)),
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
      config: SIGNED_IN,
    },
    async (request) =>
      withIsoDate(
        await inTransaction(request.context, (context) =>
          updateProvinceProfile(context, request.params.id, request.body),
        ),
      ),
  );
}
