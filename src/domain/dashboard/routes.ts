import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { listProvinces } from '../provinces/service.ts';
import type { Dashboard } from './model.ts';
import { DashboardParams, DashboardView } from './schema.ts';
import { buildDashboard } from './service.ts';
import { writeDashboardWorkbook } from './workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const toView = (dashboard: Dashboard): DashboardView => ({
  ...dashboard,
  sessionAttendance: dashboard.sessionAttendance.map((session) => ({
    ...session,
    startsAt: session.startsAt.toISOString(),
  })),
});

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dashboard'];

  api.get(
    '/api/editions/:editionId/dashboard',
    {
      schema: {
        tags,
        description: 'Registrations, attendance and incomplete delegations of an edition (secretariat)',
        params: DashboardParams,
        response: withProblems({ 200: DashboardView }, 400, 403, 404),
      },
    },
    async (request) => toView(await buildDashboard(deps.db, request.actor, request.params.editionId)),
  );

  api.get(
    '/api/editions/:editionId/dashboard.xlsx',
    {
      schema: {
        tags,
        description: 'The dashboard as a workbook, one sheet per chart, in the request language',
        params: DashboardParams,
        response: withProblems({}, 400, 403, 404),
      },
    },
    async (request, reply) => {
      const dashboard = await buildDashboard(deps.db, request.actor, request.params.editionId);
      const provinceNames = new Map((await listProvinces(deps.db)).map((province) => [province.id, province.names]));
      const file = await writeDashboardWorkbook(dashboard, { t: request.t, locale: request.locale, provinceNames });
      return reply
        .header('content-disposition', `attachment; filename="dashboard-${dashboard.editionId}.xlsx"`)
        .type(XLSX)
        .send(file);
    },
  );
}
