import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { assignBooth, releaseBooth } from './booth-assignment.ts';
import { createBooth, createHall, deleteBooth, deleteHall, getFloor, updateBooth, updateHall } from './floor.ts';
import { removeDemoExpo } from './remove-demo.ts';
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
export function expoFloorRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['expo'];

  api.get(
    '/api/expos/:expoId/floor',
    { schema: { tags, params: ExpoIdParam, response: withProblems({ 200: FloorView }, 400, 404) } },
    (request) => getFloor(request.context, request.params.expoId),
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
      config: SIGNED_IN,
    },
    (request) => inTransaction(request.context, (context) => removeDemoExpo(context, request.params.expoId)),
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const hall = await inTransaction(request.context, (context) =>
        createHall(context, request.params.expoId, request.body),
      );
      return reply.status(201).send(hall);
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
      config: SIGNED_IN,
    },
    (request) => inTransaction(request.context, (context) => updateHall(context, request.params.id, request.body)),
  );

  api.delete(
    '/api/halls/:id',
    {
      schema: { tags, params: IdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request) => {
      await inTransaction(request.context, (context) => deleteHall(context, request.params.id));
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const booth = await inTransaction(request.context, (context) =>
        createBooth(context, request.params.id, request.body),
      );
      return reply.status(201).send({ ...booth, exhibitor: null });
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
      config: SIGNED_IN,
    },
    (request) => inTransaction(request.context, (context) => updateBooth(context, request.params.id, request.body)),
  );

  api.delete(
    '/api/booths/:id',
    {
      schema: { tags, params: IdParam, response: withProblems({ 200: Deleted }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request) => {
      await inTransaction(request.context, (context) => deleteBooth(context, request.params.id));
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
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const assignment = await inTransaction(request.context, (context) =>
        assignBooth(context, request.params.id, request.body.exhibitorId),
      );
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
      config: SIGNED_IN,
    },
    async (request) => {
      await inTransaction(request.context, (context) => releaseBooth(context, request.params.id));
      return { released: true as const };
    },
  );
}
