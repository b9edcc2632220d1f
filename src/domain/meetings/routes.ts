import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, type RequestContext } from '../../platform/context/request-context.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { agendaRoutes } from './agenda-routes.ts';
import { answerMeetingRequest } from './answer-request.ts';
import { changeMeetingRequest } from './change-request.ts';
import { meetingFollowUpRoutes } from './follow-up-routes.ts';
import type { MeetingRequest } from './model.ts';
import { getMeetingRequest, listMeetingRequests } from './read-requests.ts';
import { requestMeeting } from './request-meeting.ts';
import { scheduleRoutes } from './schedule-routes.ts';
import {
  AnswerMeetingRequestBody,
  ChangeMeetingRequestBody,
  CreateMeetingRequestBody,
  EditionIdParam,
  MeetingRequestListView,
  MeetingParticipantsView,
  MeetingRequestView,
  RequestIdParam,
} from './schema.ts';
import { meetingSetupRoutes } from './setup-routes.ts';
import { listMeetingParticipants } from './meeting-participants.ts';
import { availabilityRoutes } from './availability-routes.ts';
import { toRequestView } from './views.ts';

/** The request as the reader sees it, read again after a write so its side and answerability are current. */
async function viewOf(context: RequestContext, request: MeetingRequest) {
  const { request: forReader, directory } = await getMeetingRequest(context, request.id);
  return toRequestView(forReader, directory);
}

/** G2G and B2B meetings: requests and their answers, the schedule, agendas. */
export function meetingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  meetingRequestRoutes(app);
  meetingSetupRoutes(app);
  availabilityRoutes(app);
  scheduleRoutes(app, deps);
  meetingFollowUpRoutes(app);
  agendaRoutes(app);
}

function meetingRequestRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  api.post(
    '/api/editions/:editionId/meetings/requests',
    {
      schema: {
        tags,
        description:
          'Asks another side for a meeting: a delegation’s office for its delegation (G2G) or people, an exhibitor or buyer for themselves (B2B), the secretariat for anyone',
        params: EditionIdParam,
        body: CreateMeetingRequestBody,
        response: withProblems({ 201: MeetingRequestView }, 400, 401, 403, 404, 409, 422),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const created = await inTransaction(request.context, (context) =>
        requestMeeting(context, request.params.editionId, request.body),
      );
      return reply.status(201).send(await viewOf(request.context, created));
    },
  );

  api.get(
    '/api/editions/:editionId/meetings/participants',
    {
      schema: {
        tags,
        description:
          'The edition’s approved people a meeting may be asked with (no interpreters or press), each marked when the reader may act for them',
        params: EditionIdParam,
        response: withProblems({ 200: MeetingParticipantsView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => ({ people: await listMeetingParticipants(request.context, request.params.editionId) }),
  );

  api.get(
    '/api/editions/:editionId/meetings/requests',
    {
      schema: {
        tags,
        description: 'The requests the reader’s side sent and received, newest first; the secretariat sees all',
        params: EditionIdParam,
        response: withProblems({ 200: MeetingRequestListView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { requests, directory } = await listMeetingRequests(request.context, request.params.editionId);
      return { requests: requests.map((entry) => toRequestView(entry, directory)) };
    },
  );

  api.get(
    '/api/meetings/requests/:id',
    {
      schema: {
        tags,
        params: RequestIdParam,
        response: withProblems({ 200: MeetingRequestView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { request: forReader, directory } = await getMeetingRequest(request.context, request.params.id);
      return toRequestView(forReader, directory);
    },
  );

  api.patch(
    '/api/meetings/requests/:id',
    {
      schema: {
        tags,
        description: 'The secretariat changes an open request for anyone',
        params: RequestIdParam,
        body: ChangeMeetingRequestBody,
        response: withProblems({ 200: MeetingRequestView }, 400, 401, 403, 404, 409, 422),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const changed = await inTransaction(request.context, (context) =>
        changeMeetingRequest(context, request.params.id, request.body),
      );
      return viewOf(request.context, changed);
    },
  );

  api.post(
    '/api/meetings/requests/:id/answer',
    {
      schema: {
        tags,
        description:
          'The side the request waits for accepts, declines with a reason, or counter-proposes days or a topic',
        params: RequestIdParam,
        body: AnswerMeetingRequestBody,
        response: withProblems({ 200: MeetingRequestView }, 400, 401, 403, 404, 409, 422),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const answered = await inTransaction(request.context, (context) =>
        answerMeetingRequest(context, request.params.id, request.body),
      );
      return viewOf(request.context, answered);
    },
  );
}
