import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/table-workbook.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { listProvinces } from '../provinces/service.ts';
import type { Dashboard } from './model.ts';
import { DashboardParams, DashboardView } from './schema.ts';
import { buildDashboard } from './service.ts';
import { writeDashboardWorkbook } from './workbook.ts';

const toView = (dashboard: Dashboard): DashboardView => ({
  ...dashboard,
  sessionAttendance: dashboard.sessionAttendance.map((session) => ({
    ...session,
    startsAt: session.startsAt.toISOString(),
  })),
});

export function dashboardRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dashboard'];

  api.get(
    '/api/editions/:editionId/dashboard',
    {
      schema: {
        tags,
        description: 'Registrations, attendance and incomplete delegations of an edition (secretariat)',
        params: DashboardParams,
        response: withProblems({ 200: DashboardView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => toView(await buildDashboard(request.context, request.params.editionId)),
  );

  api.get(
    '/api/editions/:editionId/dashboard.xlsx',
    {
      schema: {
        tags,
        description: 'The dashboard as a workbook, one sheet per chart, in the request language',
        params: DashboardParams,
        response: withProblems({}, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const dashboard = await buildDashboard(request.context, request.params.editionId);
      const provinces = await listProvinces(request.context);
      const provinceNames = new Map(provinces.map((province) => [province.id, province.names]));
      const file = await writeDashboardWorkbook(dashboard, {
        t: request.t,
        locale: request.context.locale,
        provinceNames,
      });
      return sendDownload(reply, `dashboard-${dashboard.editionId}.xlsx`, XLSX_MEDIA_TYPE, file);
    },
  );
}
