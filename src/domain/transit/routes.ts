import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { problemWith, withProblems } from '../../platform/http/problem-schema.ts';
import { sendDownload } from '../../platform/http/file-reply.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { createLeg, createNode, deleteLeg, updateLeg, updateNode, updateParameter } from './network/edit-network.ts';
import { getNetwork, getParameters } from './network/network.ts';
import { createScenario, deleteScenario, listScenarios, updateScenario } from './network/scenarios.ts';
import { exportPlan, PLAN_MEDIA_TYPES } from './plan-export/export-plan.ts';
import { planTransit } from './planning/plan.ts';
import { provinceMatrix, provinceTransit } from './planning/province-cache.ts';
import {
  CreateLegRequest,
  CreateNodeRequest,
  LegIdParam,
  LegView,
  NetworkResponse,
  NodeIdParam,
  NodeView,
  NoRouteMembers,
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
const NoRouteProblem = problemWith(NoRouteMembers);

/** The transit planner: the network and its cost model, what-if scenarios, routes, and province-to-province answers for other capabilities. */
export function transitRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['transit'];

  // A leg and a scenario are changed (PUT) and deleted by id alike.
  const changeById = <Params extends z.ZodType, Body extends z.ZodType, View extends z.ZodType>(
    params: Params,
    body: Body,
    view: View,
  ) => ({
    schema: { tags, params, body, response: withProblems({ 200: view }, 400, 401, 403, 404, 422) },
    config: SIGNED_IN,
  });
  const deleteById = <Params extends z.ZodType>(params: Params) => ({
    schema: { tags, params, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) },
    config: SIGNED_IN,
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
    (request) => getNetwork(request.context),
  );

  api.post(
    '/api/transit/nodes',
    {
      schema: { tags, body: CreateNodeRequest, response: withProblems({ 201: NodeView }, 400, 401, 403, 404, 409) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(await inTransaction(request.context, (context) => createNode(context, request.body)));
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
      config: SIGNED_IN,
    },
    async (request) => {
      return inTransaction(request.context, (context) => updateNode(context, request.params.id, request.body));
    },
  );

  api.post(
    '/api/transit/legs',
    {
      schema: { tags, body: CreateLegRequest, response: withProblems({ 201: LegView }, 400, 401, 403, 409, 422) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(await inTransaction(request.context, (context) => createLeg(context, request.body)));
    },
  );

  api.put('/api/transit/legs/:id', changeById(LegIdParam, UpdateLegRequest, LegView), (request) =>
    inTransaction(request.context, (context) => updateLeg(context, request.params.id, request.body)),
  );

  api.delete('/api/transit/legs/:id', deleteById(LegIdParam), async (request) => {
    await inTransaction(request.context, (context) => deleteLeg(context, request.params.id));
    return { deleted: true as const };
  });

  api.get(
    '/api/transit/parameters',
    {
      schema: {
        tags,
        description: 'The cost and time model, each number with its source or marked as an assumption',
        response: withProblems({ 200: ParametersResponse }),
      },
    },
    (request) => getParameters(request.context),
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
      config: SIGNED_IN,
    },
    async (request) => {
      return inTransaction(request.context, (context) => updateParameter(context, request.params.key, request.body));
    },
  );

  api.get(
    '/api/transit/scenarios',
    { schema: { tags, response: withProblems({ 200: ScenarioListResponse }) } },
    (request) => listScenarios(request.context),
  );

  api.post(
    '/api/transit/scenarios',
    {
      schema: { tags, body: ScenarioRequest, response: withProblems({ 201: ScenarioView }, 400, 401, 422) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(await inTransaction(request.context, (context) => createScenario(context, request.body)));
    },
  );

  api.put('/api/transit/scenarios/:id', changeById(ScenarioIdParam, ScenarioRequest, ScenarioView), (request) =>
    inTransaction(request.context, (context) => updateScenario(context, request.params.id, request.body)),
  );

  api.delete('/api/transit/scenarios/:id', deleteById(ScenarioIdParam), async (request) => {
    await inTransaction(request.context, (context) => deleteScenario(context, request.params.id));
    return { deleted: true as const };
  });

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
    async (request) => (await planTransit(request.context, request.query)).plan,
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
      async (request, reply) => {
        const language = request.query.lang ?? request.context.locale;
        const { file, fileName } = await exportPlan(request.context, request.query, format, language);
        return sendDownload(reply, `${fileName}`, PLAN_MEDIA_TYPES[format], file);
      },
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
    (request) => provinceTransit(request.context, request.query.from, request.query.to, request.query.cargo),
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
    (request) => provinceMatrix(request.context, request.query.cargo),
  );
}
