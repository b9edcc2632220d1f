import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import { assignBooth, releaseBooth } from './booth-assignment.ts';
import { removeDemoExpo } from './remove-demo.ts';
import { createBooth, createHall, deleteBooth, deleteHall, getFloor, updateBooth, updateHall } from './floor.ts';
import {
  AssignBoothRequest,
  AssignmentView,
  BoothView,
  CreateBoothRequest,
  CreateHallRequest,
  ExpoIdParam,
  FloorView,
  HallView,
  IdParam,
  UpdateBoothRequest,
  UpdateHallRequest,
} from './schema.ts';

const Deleted = z.object({ deleted: z.literal(true) });

/** Halls, booths and who holds them: the floor plan is drawn from these numbers. */
export function expoFloorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['expo'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });

  api.get(
    '/api/expos/:expoId/floor',
    { schema: { tags, params: ExpoIdParam, response: withProblems({ 200: FloorView }, 400, 404) } },
    (request) => getFloor(deps.db, request.params.expoId),
  );

  api.delete(
    '/api/expos/:expoId/demo',
    {
      schema: {
        tags,
        description: 'Removes the demo halls (with their booths), exhibitors and buyer interests of the expo',
        params: ExpoIdParam,
        response: withProblems(
          {
            200: z.object({ halls: z.number().int(), exhibitors: z.number().int(), buyerInterests: z.number().int() }),
          },
          400,
          401,
          403,
          404,
        ),
      },
    },
    async (request) => {
      requireActor(request);
      return removeDemoExpo(deps.db, context(request), request.params.expoId);
    },
  );

  api.post(
    '/api/expos/:expoId/halls',
    {
      schema: {
        tags,
        params: ExpoIdParam,
        body: CreateHallRequest,
        response: withProblems({ 201: HallView }, 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await createHall(deps.db, context(request), request.params.expoId, request.body));
    },
  );

  api.patch(
    '/api/halls/:id',
    {
      schema: {
        tags,
        params: IdParam,
        body: UpdateHallRequest,
        response: withProblems({ 200: HallView }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      return updateHall(deps.db, context(request), request.params.id, request.body);
    },
  );

  api.delete(
    '/api/halls/:id',
    { schema: { tags, params: IdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) } },
    async (request) => {
      requireActor(request);
      await deleteHall(deps.db, context(request), request.params.id);
      return { deleted: true as const };
    },
  );

  api.post(
    '/api/halls/:id/booths',
    {
      schema: {
        tags,
        params: IdParam,
        body: CreateBoothRequest,
        response: withProblems({ 201: BoothView }, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .status(201)
        .send({ ...(await createBooth(deps.db, context(request), request.params.id, request.body)), exhibitor: null });
    },
  );

  api.patch(
    '/api/booths/:id',
    {
      schema: {
        tags,
        params: IdParam,
        body: UpdateBoothRequest,
        response: withProblems({ 200: BoothView.omit({ exhibitor: true }) }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => {
      requireActor(request);
      return updateBooth(deps.db, context(request), request.params.id, request.body);
    },
  );

  api.delete(
    '/api/booths/:id',
    { schema: { tags, params: IdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) } },
    async (request) => {
      requireActor(request);
      await deleteBooth(deps.db, context(request), request.params.id);
      return { deleted: true as const };
    },
  );

  api.put(
    '/api/booths/:id/assignment',
    {
      schema: {
        tags,
        description: 'Gives the booth to an exhibitor; 409 booth_taken when it is already held',
        params: IdParam,
        body: AssignBoothRequest,
        response: withProblems({ 201: AssignmentView }, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      requireActor(request);
      const assignment = await assignBooth(deps.db, context(request), request.params.id, request.body.exhibitorId);
      return reply.status(201).send({ ...assignment, assignedAt: assignment.assignedAt.toISOString() });
    },
  );

  api.delete(
    '/api/booths/:id/assignment',
    {
      schema: {
        tags,
        description: 'Frees the booth',
        params: IdParam,
        response: withProblems({ 200: z.object({ released: z.literal(true) }) }, 400, 401, 403, 404),
      },
    },
    async (request) => {
      requireActor(request);
      await releaseBooth(deps.db, context(request), request.params.id);
      return { released: true as const };
    },
  );
}
