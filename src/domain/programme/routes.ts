import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { ProblemSchema, withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { SessionDetail } from './model.ts';
import { getRoom, getVisibleProgramme, getVisibleSession, listRooms } from './read-programme.ts';
import {
  ChangeRoomRequest,
  ChangeSessionRequest,
  CreateRoomRequest,
  CreateSessionRequest,
  EditionIdParam,
  ProgrammeView,
  ReserveSeatRequest,
  RoomIdParam,
  RoomView,
  SeatParam,
  SeatView,
  SessionConflict,
  SessionIdParam,
  SessionView,
} from './schema.ts';
import { freeSeat, reserveSeat } from './seats.ts';
import { changeRoom, createRoom, deleteRoom } from './write-rooms.ts';
import { changeSession, createSession, deleteSession } from './write-sessions.ts';

export const toSessionView = ({ createdAt: _created, updatedAt: _updated, ...session }: SessionDetail) => ({
  ...session,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
});

/** A timetable conflict names the session in the way, so the editor can show it. */
const ConflictProblem = ProblemSchema.extend({ conflict: SessionConflict.optional() }).describe(
  'RFC 9457 problem details, with the conflicting session for room_double_booked and person_double_booked',
);

const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

export function programmeRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programme'];
  const writeProblems = [400, 401, 403, 404] as const;

  api.get(
    '/api/editions/:editionId/programme',
    { schema: { tags, params: EditionIdParam, response: withProblems({ 200: ProgrammeView }, 400, 404) } },
    async (request) => {
      const programme = await getVisibleProgramme(request.context, request.params.editionId);
      return { ...programme, sessions: programme.sessions.map(toSessionView) };
    },
  );

  api.get(
    '/api/editions/:editionId/rooms',
    { schema: { tags, params: EditionIdParam, response: withProblems({ 200: z.array(RoomView) }, 400, 404) } },
    async (request) => listRooms(request.context, request.params.editionId),
  );

  api.post(
    '/api/editions/:editionId/rooms',
    {
      schema: {
        tags,
        params: EditionIdParam,
        body: CreateRoomRequest,
        response: withProblems({ 201: RoomView }, ...writeProblems),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const room = await inTransaction(request.context, (context) =>
        createRoom(context, request.params.editionId, request.body),
      );
      return reply.status(201).send(room);
    },
  );

  api.get(
    '/api/rooms/:id',
    { schema: { tags, params: RoomIdParam, response: withProblems({ 200: RoomView }, 400, 404) } },
    (request) => getRoom(request.context, request.params.id),
  );

  api.patch(
    '/api/rooms/:id',
    {
      schema: {
        tags,
        params: RoomIdParam,
        body: ChangeRoomRequest,
        response: withProblems({ 200: RoomView }, ...writeProblems),
      },
      config: SIGNED_IN,
    },
    (request) => inTransaction(request.context, (context) => changeRoom(context, request.params.id, request.body)),
  );

  api.delete(
    '/api/rooms/:id',
    {
      schema: {
        tags,
        description: 'Removes the room; its sessions stay, without a room',
        params: RoomIdParam,
        response: withProblems({ 204: z.null() }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => deleteRoom(context, request.params.id));
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/editions/:editionId/sessions',
    {
      schema: {
        tags,
        description:
          'Adds a session; refused when its room or one of its people is taken at that time, or it falls outside the edition',
        params: EditionIdParam,
        body: CreateSessionRequest,
        response: { ...withProblems({ 201: SessionView }, ...writeProblems, 422), 409: ConflictProblem },
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const { startsAt, endsAt, ...body } = request.body;
      const fields = { ...body, startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
      const created = await inTransaction(request.context, (context) =>
        createSession(context, request.params.editionId, fields),
      );
      return reply.status(201).send(toSessionView(created));
    },
  );

  api.get(
    '/api/sessions/:id',
    { schema: { tags, params: SessionIdParam, response: withProblems({ 200: SessionView }, 400, 404) } },
    async (request) => toSessionView(await getVisibleSession(request.context, request.params.id)),
  );

  api.patch(
    '/api/sessions/:id',
    {
      schema: {
        tags,
        params: SessionIdParam,
        body: ChangeSessionRequest,
        response: { ...withProblems({ 200: SessionView }, ...writeProblems, 422), 409: ConflictProblem },
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { startsAt, endsAt, ...changes } = request.body;
      const fields = {
        ...changes,
        ...(startsAt && { startsAt: instant(startsAt) }),
        ...(endsAt && { endsAt: instant(endsAt) }),
      };
      return toSessionView(
        await inTransaction(request.context, (context) => changeSession(context, request.params.id, fields)),
      );
    },
  );

  api.delete(
    '/api/sessions/:id',
    {
      schema: { tags, params: SessionIdParam, response: withProblems({ 204: z.null() }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => deleteSession(context, request.params.id));
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/sessions/:id/seats',
    {
      schema: {
        tags,
        description:
          'Reserves a seat for a participant: by themselves, by their delegation office or by the secretariat',
        params: SessionIdParam,
        body: ReserveSeatRequest,
        response: withProblems({ 201: SeatView }, ...writeProblems, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const seat = await inTransaction(request.context, (context) =>
        reserveSeat(context, request.params.id, request.body.participantId),
      );
      return reply.status(201).send(seat);
    },
  );

  api.delete(
    '/api/sessions/:id/seats/:participantId',
    {
      schema: { tags, params: SeatParam, response: withProblems({ 204: z.null() }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) =>
        freeSeat(context, request.params.id, request.params.participantId),
      );
      return reply.status(204).send(null);
    },
  );
}
