import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../../platform/http/problem.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import { createLeg, createNode, deleteLeg, updateLeg, updateNode, updateParameter } from './edit-network.ts';
import { exportPlan, PLAN_MEDIA_TYPES } from './export-plan.ts';
import { getNetwork, getParameters } from './network.ts';
import { describeBlockedLegs, type NamedBlockedLeg } from './no-route-message.ts';
import { planTransit } from './plan.ts';
import { provinceMatrix, provinceTransit } from './province-cache.ts';
import { createScenario, deleteScenario, listScenarios, updateScenario } from './scenarios.ts';
import {
  CreateLegRequest,
  CreateNodeRequest,
  LegIdParam,
  LegView,
  NetworkResponse,
  NodeIdParam,
  NodeView,
  NoRouteProblem,
  ParameterKeyParam,
  ParametersResponse,
  ParameterView,
  ProvinceMatrixQuery,
  ProvinceMatrixResponse,
  ProvinceTransitQuery,
  ProvinceTransitView,
  RouteQuery,
  RoutesResponse,
  ScenarioIdParam,
  ScenarioListResponse,
  ScenarioRequest,
  ScenarioView,
  UpdateLegRequest,
  UpdateNodeRequest,
  UpdateParameterRequest,
} from './schema.ts';

const Deleted = z.object({ deleted: z.literal(true) });

/** The transit planner: the network and its cost model, what-if scenarios, routes, and province-to-province answers for other capabilities. */
export function transitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['transit'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

  api.get(
    '/api/transit/network',
    {
      schema: {
        tags,
        description:
          'Nodes and legs of the corridor network; each leg says whether its distance is sourced or estimated',
        response: withProblems({ 200: NetworkResponse }),
      },
    },
    () => getNetwork(deps.db),
  );

  api.post(
    '/api/transit/nodes',
    { schema: { tags, body: CreateNodeRequest, response: withProblems({ 201: NodeView }, 400, 401, 403, 404, 409) } },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await createNode(deps.db, context(request), request.body));
    },
  );

  api.put(
    '/api/transit/nodes/:id',
    {
      schema: {
        tags,
        params: NodeIdParam,
        body: UpdateNodeRequest,
        response: withProblems({ 200: NodeView }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      return updateNode(deps.db, context(request), request.params.id, request.body);
    },
  );

  api.post(
    '/api/transit/legs',
    { schema: { tags, body: CreateLegRequest, response: withProblems({ 201: LegView }, 400, 401, 403, 409, 422) } },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await createLeg(deps.db, context(request), request.body));
    },
  );

  api.put(
    '/api/transit/legs/:id',
    {
      schema: {
        tags,
        params: LegIdParam,
        body: UpdateLegRequest,
        response: withProblems({ 200: LegView }, 400, 401, 403, 404, 422),
      },
    },
    async (request) => {
      requireActor(request);
      return updateLeg(deps.db, context(request), request.params.id, request.body);
    },
  );

  api.delete(
    '/api/transit/legs/:id',
    { schema: { tags, params: LegIdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) } },
    async (request) => {
      requireActor(request);
      await deleteLeg(deps.db, context(request), request.params.id);
      return { deleted: true as const };
    },
  );

  api.get(
    '/api/transit/parameters',
    {
      schema: {
        tags,
        description: 'The cost and time model, each number with its source or marked as an assumption',
        response: withProblems({ 200: ParametersResponse }),
      },
    },
    () => getParameters(deps.db),
  );

  api.put(
    '/api/transit/parameters/:key',
    {
      schema: {
        tags,
        params: ParameterKeyParam,
        body: UpdateParameterRequest,
        response: withProblems({ 200: ParameterView }, 400, 401, 403, 404, 422),
      },
    },
    async (request) => {
      requireActor(request);
      return updateParameter(deps.db, context(request), request.params.key, request.body);
    },
  );

  api.get(
    '/api/transit/scenarios',
    { schema: { tags, response: withProblems({ 200: ScenarioListResponse }) } },
    (request) => listScenarios(deps.db, request.actor),
  );

  api.post(
    '/api/transit/scenarios',
    { schema: { tags, body: ScenarioRequest, response: withProblems({ 201: ScenarioView }, 400, 401, 422) } },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await createScenario(deps.db, context(request), request.body));
    },
  );

  api.put(
    '/api/transit/scenarios/:id',
    {
      schema: {
        tags,
        params: ScenarioIdParam,
        body: ScenarioRequest,
        response: withProblems({ 200: ScenarioView }, 400, 401, 403, 404, 422),
      },
    },
    async (request) => {
      requireActor(request);
      return updateScenario(deps.db, context(request), request.params.id, request.body);
    },
  );

  api.delete(
    '/api/transit/scenarios/:id',
    { schema: { tags, params: ScenarioIdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) } },
    async (request) => {
      requireActor(request);
      await deleteScenario(deps.db, context(request), request.params.id);
      return { deleted: true as const };
    },
  );

  api.get(
    '/api/transit/routes',
    {
      schema: {
        tags,
        description:
          'Pareto-optimal routes (time, cost, borders, CO2) between two nodes or provinces; 422 transit_no_route names the legs in the way',
        querystring: RouteQuery,
        response: { ...withProblems({ 200: RoutesResponse }, 400, 404), 422: NoRouteProblem },
      },
    },
    async (request, reply) =>
      withNoRouteReasons(request, reply, async () => (await planTransit(deps.db, request.query, deps.now())).plan),
  );

  for (const format of ['pdf', 'xlsx'] as const) {
    api.get(
      `/api/transit/plan.${format}`,
      {
        schema: {
          tags,
          description: `The routes of a query as a ${format.toUpperCase()} plan in the chosen language (lang), leg by leg, with the parameters used`,
          querystring: RouteQuery,
          response: withProblems({}, 400, 404, 422),
        },
      },
      async (request, reply) =>
        withNoRouteReasons(request, reply, async () => {
          const { file, fileName } = await exportPlan(
            deps.db,
            request.query,
            format,
            request.query.lang ?? request.locale,
            deps.now(),
          );
          return reply
            .header('content-disposition', `attachment; filename="${fileName}"`)
            .type(PLAN_MEDIA_TYPES[format])
            .send(file);
        }),
    );
  }

  api.get(
    '/api/transit/province-transit',
    {
      schema: {
        tags,
        description:
          'Transit time and cost between two provinces for a cargo type, from a cache rebuilt when the network changes',
        querystring: ProvinceTransitQuery,
        response: withProblems({ 200: ProvinceTransitView }, 400, 404),
      },
    },
    (request) => provinceTransit(deps.db, request.query.from, request.query.to, request.query.cargo),
  );

  api.get(
    '/api/transit/province-transit/matrix',
    {
      schema: {
        tags,
        description: 'Transit between every pair of provinces on the network, for a cargo type',
        querystring: ProvinceMatrixQuery,
        response: withProblems({ 200: ProvinceMatrixResponse }, 400),
      },
    },
    (request) => provinceMatrix(deps.db, request.query.cargo),
  );
}

/** "No route" answers with the blocked legs as an extension member, and names them in the reader's language in the detail. */
export async function withNoRouteReasons<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<T>,
): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'transit_no_route') throw error;
    const named = error.params.blockedLegs as NamedBlockedLeg[];
    const problem = buildProblem(request.t, error.code, {
      reasons: describeBlockedLegs(request.t, request.locale, named),
      requestId: request.id,
    });
    return reply
      .status(422)
      .type(PROBLEM_CONTENT_TYPE)
      .send({ ...problem, blockedLegs: named.map(({ legId, reason }) => ({ legId, reason })) });
  }
}
