import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../../platform/http/problem.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { auditContextOf, requireActor } from '../accounts/session-hook.ts';
import type { SessionDetail } from './model.ts';
import { getProgramme, getRoom, getSession, listRooms } from './read-programme.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import {
  ChangeRoomRequest,
  ChangeSessionRequest,
  ConflictProblem,
  CreateRoomRequest,
  CreateSessionRequest,
  EditionIdParam,
  ProgrammeView,
  ReserveSeatRequest,
  RoomIdParam,
  RoomView,
  SeatParam,
  SeatView,
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

const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

export function programmeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programme'];
  const context = (request: FastifyRequest) => ({
    actor: request.actor,
    audit: auditContextOf(request),
    now: deps.now(),
  });
  const writeProblems = [400, 401, 403, 404] as const;

  api.get(
    '/api/editions/:editionId/programme',
    { schema: { tags, params: EditionIdParam, response: withProblems({ 200: ProgrammeView }, 400, 404) } },
    async (request) => {
      const programme = await getProgramme(deps.db, request.params.editionId);
      return { ...programme, sessions: programme.sessions.map(toSessionView) };
    },
  );

  api.get(
    '/api/editions/:editionId/rooms',
    { schema: { tags, params: EditionIdParam, response: withProblems({ 200: z.array(RoomView) }, 400, 404) } },
    async (request) => listRooms(deps.db, request.params.editionId),
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
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .status(201)
        .send(await createRoom(deps.db, context(request), request.params.editionId, request.body));
    },
  );

  api.get(
    '/api/rooms/:id',
    { schema: { tags, params: RoomIdParam, response: withProblems({ 200: RoomView }, 400, 404) } },
    (request) => getRoom(deps.db, request.params.id),
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
    },
    async (request) => {
      requireActor(request);
      return changeRoom(deps.db, context(request), request.params.id, request.body);
    },
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
    },
    async (request, reply) => {
      requireActor(request);
      await deleteRoom(deps.db, context(request), request.params.id);
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
    },
    async (request, reply) => {
      requireActor(request);
      const { startsAt, endsAt, ...body } = request.body;
      const created = await withConflicts(request, reply, () =>
        createSession(deps.db, context(request), request.params.editionId, {
          ...body,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
        }),
      );
      if (!created) return reply;
      return reply.status(201).send(toSessionView(created));
    },
  );

  api.get(
    '/api/sessions/:id',
    { schema: { tags, params: SessionIdParam, response: withProblems({ 200: SessionView }, 400, 404) } },
    async (request) => toSessionView(await getSession(deps.db, request.params.id)),
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
    },
    async (request, reply) => {
      requireActor(request);
      const { startsAt, endsAt, ...changes } = request.body;
      const changed = await withConflicts(request, reply, () =>
        changeSession(deps.db, context(request), request.params.id, {
          ...changes,
          ...(startsAt && { startsAt: instant(startsAt) }),
          ...(endsAt && { endsAt: instant(endsAt) }),
        }),
      );
      if (!changed) return reply;
      return reply.send(toSessionView(changed));
    },
  );

  api.delete(
    '/api/sessions/:id',
    { schema: { tags, params: SessionIdParam, response: withProblems({ 204: z.null() }, 400, 401, 403, 404) } },
    async (request, reply) => {
      requireActor(request);
      await deleteSession(deps.db, context(request), request.params.id);
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
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .status(201)
        .send(await reserveSeat(deps.db, context(request), request.params.id, request.body.participantId));
    },
  );

  api.delete(
    '/api/sessions/:id/seats/:participantId',
    { schema: { tags, params: SeatParam, response: withProblems({ 204: z.null() }, 400, 401, 403, 404) } },
    async (request, reply) => {
      requireActor(request);
      await freeSeat(deps.db, context(request), request.params.id, request.params.participantId);
      return reply.status(204).send(null);
    },
  );
}

/**
 * Timetable conflicts answer with the session in the way as an extension member of the problem,
 * its title in the request's language in the detail, so the editor can point at it.
 */
async function withConflicts<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<T>,
): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !isConflict(error.params.conflict)) throw error;
    const conflict = error.params.conflict;
    const problem = buildProblem(request.t, error.code, {
      ...error.params,
      conflictTitle: textIn(conflict.title, request.locale),
      requestId: request.id,
    });
    await reply
      .status(409)
      .type(PROBLEM_CONTENT_TYPE)
      .send({ ...problem, conflict });
    return null;
  }
}

type Conflict = {
  sessionId: string;
  title: Record<string, string>;
  startsAt: string;
  endsAt: string;
  participantId?: string;
};

function isConflict(value: unknown): value is Conflict {
  return typeof value === 'object' && value !== null && 'sessionId' in value && 'title' in value;
}
