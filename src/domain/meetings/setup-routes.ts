import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { problemWith, withProblems } from '../../platform/http/problem-schema.ts';
import { changeInterpreter, changeMeetingRoom, deleteInterpreter, deleteMeetingRoom } from './resource-changes.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import {
  changeMeetingSettings,
  createInterpreter,
  createMeetingRoom,
  getMeetingSettings,
  listInterpreters,
  listMeetingRooms,
} from './meeting-setup.ts';
import { EditionIdParam } from './schema.ts';
import {
  CreateInterpreterBody,
  CreateMeetingRoomBody,
  InterpreterView,
  MeetingRoomView,
  MeetingSettingsBody,
  MeetingSettingsView,
} from './setup-schema.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/** The secretariat's layout of an edition's meetings: settings, rooms and tables, interpreters. */
export function meetingSetupRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const params = EditionIdParam;

  api.get(
    '/api/editions/:editionId/meetings/settings',
    {
      schema: {
        tags,
        description: 'Slot length, day hours, quotas, travel time and protocol order of the edition’s meetings',
        params,
        response: withProblems({ 200: MeetingSettingsView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    (request) => getMeetingSettings(request.context, request.params.editionId),
  );

  api.put(
    '/api/editions/:editionId/meetings/settings',
    {
      schema: {
        tags,
        description: 'Sets them (secretariat); a new slot layout is refused while meetings stand in the slots',
        params,
        body: MeetingSettingsBody,
        response: withProblems({ 200: MeetingSettingsView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    (request) =>
      inTransaction(request.context, (context) =>
        changeMeetingSettings(context, request.params.editionId, request.body),
      ),
  );

  api.get(
    '/api/editions/:editionId/meetings/rooms',
    {
      schema: {
        tags,
        description: 'The edition’s G2G rooms and B2B tables',
        params,
        response: withProblems({ 200: z.array(MeetingRoomView) }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    (request) => listMeetingRooms(request.context, request.params.editionId),
  );

  api.post(
    '/api/editions/:editionId/meetings/rooms',
    {
      schema: {
        tags,
        description: 'Adds a G2G room or a B2B table (secretariat)',
        params,
        body: CreateMeetingRoomBody,
        response: withProblems({ 201: MeetingRoomView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const room = await inTransaction(request.context, (context) =>
        createMeetingRoom(context, request.params.editionId, request.body),
      );
      return reply.status(201).send(room);
    },
  );

  api.get(
    '/api/editions/:editionId/meetings/interpreters',
    {
      schema: {
        tags,
        description: 'The interpreters the scheduler may assign, with their language pairs and days',
        params,
        response: withProblems({ 200: z.array(InterpreterView) }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    (request) => listInterpreters(request.context, request.params.editionId),
  );

  api.post(
    '/api/editions/:editionId/meetings/interpreters',
    {
      schema: {
        tags,
        description: 'Adds an interpreter (secretariat)',
        params,
        body: CreateInterpreterBody,
        response: withProblems({ 201: InterpreterView }, 400, 401, 403, 404, 422),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const { languagePairs, ...body } = request.body;
      const pairs = languagePairs.map(([a, b]): [Locale, Locale] => [a!, b!]);
      const interpreter = await inTransaction(request.context, (context) =>
        createInterpreter(context, request.params.editionId, { ...body, languagePairs: pairs }),
      );
      return reply.status(201).send(interpreter);
    },
  );
  const byId = z.object({ id: z.uuid().describe('Room, table or interpreter id') }).strict();
  const InUseProblem = problemWith(
    z
      .object({ meetingIds: z.array(z.uuid()).optional().describe('The meetings in the way') })
      .describe('Refused: meetings stand in the room or are booked with the interpreter'),
  );
  const Deleted = z.object({ deleted: z.literal(true) });

  api.put(
    '/api/meetings/rooms/:id',
    {
      schema: {
        tags,
        description: 'Changes a room or table (secretariat); refused when a meeting in it would no longer fit',
        params: byId,
        body: CreateMeetingRoomBody,
        response: { ...withProblems({ 200: MeetingRoomView }, 400, 401, 403, 404), 409: InUseProblem },
      },
      config: SIGNED_IN,
    },
    (request) =>
      inTransaction(request.context, (context) => changeMeetingRoom(context, request.params.id, request.body)),
  );

  api.delete(
    '/api/meetings/rooms/:id',
    {
      schema: {
        tags,
        description: 'Removes a room or table no meeting stands in (secretariat)',
        params: byId,
        response: { ...withProblems({ 200: Deleted }, 400, 401, 403, 404), 409: InUseProblem },
      },
      config: SIGNED_IN,
    },
    async (request) => {
      await inTransaction(request.context, (context) => deleteMeetingRoom(context, request.params.id));
      return { deleted: true as const };
    },
  );

  api.put(
    '/api/meetings/interpreters/:id',
    {
      schema: {
        tags,
        description: 'Changes an interpreter (secretariat); refused when a meeting they are booked for would lose them',
        params: byId,
        body: CreateInterpreterBody,
        response: { ...withProblems({ 200: InterpreterView }, 400, 401, 403, 404, 422), 409: InUseProblem },
      },
      config: SIGNED_IN,
    },
    (request) => {
      const { languagePairs, ...body } = request.body;
      const pairs = languagePairs.map(([a, b]): [Locale, Locale] => [a!, b!]);
      return inTransaction(request.context, (context) =>
        changeInterpreter(context, request.params.id, { ...body, languagePairs: pairs }),
      );
    },
  );

  api.delete(
    '/api/meetings/interpreters/:id',
    {
      schema: {
        tags,
        description: 'Removes an interpreter no meeting is booked with (secretariat)',
        params: byId,
        response: { ...withProblems({ 200: Deleted }, 400, 401, 403, 404), 409: InUseProblem },
      },
      config: SIGNED_IN,
    },
    async (request) => {
      await inTransaction(request.context, (context) => deleteInterpreter(context, request.params.id));
      return { deleted: true as const };
    },
  );
}
