import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ProblemSchema, withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { cancelMeeting } from './cancel-meeting.ts';
import { loadPeople, peopleOfRequests } from './meeting-people.ts';
import { moveMeeting, setMeetingLock } from './move-meeting.ts';
import { type MeetingChange, mailMeetingChanges } from './notify.ts';
import { publishMeetings } from './publish-meetings.ts';
import { type MeetingWithRequest, readMeetingGrid } from './read-meetings.ts';
import type { Reoptimised } from './reoptimise-provisional.ts';
import { runScheduler, updateSchedule } from './run-scheduler.ts';
import {
  CancellationView,
  CancelMeetingBody,
  LockMeetingBody,
  MeetingGridView,
  MeetingIdParam,
  MeetingView,
  MoveMeetingBody,
  PublishMeetingsBody,
  ReasonMember,
  RunSchedulerBody,
  ScheduleRunView,
  ScheduleUpdateView,
  UpdateScheduleBody,
} from './schedule-schema.ts';
import { EditionIdParam } from './schema.ts';
import { toMeetingView, toSlotView } from './views.ts';
import { z } from 'zod';

/** A refused move or lock names each reason and what stands in the way. */
const RefusalProblem = ProblemSchema.extend({ reasons: z.array(ReasonMember).optional() }).describe(
  'RFC 9457 problem details; meeting_move_refused and meeting_lock_conflict list each reason with the ids in the way',
);

/** The meetings as views, their people read once for all of them. */
export async function viewsOf(request: FastifyRequest, editionId: string, entries: readonly MeetingWithRequest[]) {
  const directory = await loadPeople(
    request.context,
    editionId,
    peopleOfRequests(entries.map((entry) => entry.request)),
  );
  return entries.map(({ meeting, request: meetingRequest }) => toMeetingView(meeting, meetingRequest, directory));
}

/** Mail is sent after the change commits; its failure is logged, the dashboard notice stands. */
async function mail(request: FastifyRequest, deps: AppDeps, editionId: string, changes: MeetingChange[]) {
  if (!deps.mailer || changes.length === 0) return;
  try {
    const baseUrl = deps.config.publicUrl ?? `${request.protocol}://${request.host}`;
    await mailMeetingChanges(request.context, deps.mailer, editionId, changes, baseUrl);
  } catch (error) {
    request.log.warn({ err: error }, 'meeting mail not sent');
  }
}

const changeOf = (kind: MeetingChange['kind'], { meeting, request }: MeetingWithRequest): MeetingChange => ({
  kind,
  request,
  placement: { slotId: meeting.slotId, roomId: meeting.roomId, interpreterId: meeting.interpreterId },
});

export function scheduleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const meetingWrite = [400, 401, 403, 404] as const;

  api.get(
    '/api/editions/:editionId/meetings',
    {
      schema: {
        tags,
        description:
          'The grid: slots, rooms and tables, interpreters and meetings. The secretariat sees every meeting; anyone else only the published meetings of their side',
        params: EditionIdParam,
        response: withProblems({ 200: MeetingGridView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const grid = await readMeetingGrid(request.context, request.params.editionId);
      return {
        slots: grid.slots.map(toSlotView),
        rooms: grid.rooms,
        interpreters: grid.interpreters,
        meetings: grid.meetings.map(({ meeting, request: meetingRequest }) =>
          toMeetingView(meeting, meetingRequest, grid.directory),
        ),
      };
    },
  );

  api.post(
    '/api/editions/:editionId/meetings/schedule',
    {
      schema: {
        tags,
        description:
          'Schedules the accepted requests anew as provisional meetings (secretariat); locked and published ones stay. Reports the bound and the gap',
        params: EditionIdParam,
        body: RunSchedulerBody,
        response: withProblems({ 200: ScheduleRunView }, ...meetingWrite, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { editionId } = request.params;
      const run = await inTransaction(request.context, (context) => runScheduler(context, editionId, request.body));
      return {
        objective: run.result.objective,
        upperBound: run.result.upperBound,
        gap: run.result.gap,
        boundSource: run.result.stats.boundSource,
        scheduled: run.result.stats.scheduled,
        requests: run.result.stats.requests,
        unscheduledRequestIds: run.unscheduled,
        meetings: await viewsOf(request, editionId, run.meetings),
      };
    },
  );

  api.post(
    '/api/editions/:editionId/meetings/update',
    {
      schema: {
        tags,
        description:
          'Fits the provisional schedule to what changed (new accepted requests, a late arrival, a session) keeping every meeting that still fits, moving at most maxMoves others; reports each move and why (secretariat)',
        params: EditionIdParam,
        body: UpdateScheduleBody,
        response: withProblems({ 200: ScheduleUpdateView }, ...meetingWrite, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { editionId } = request.params;
      const update = await inTransaction(request.context, (context) =>
        updateSchedule(context, editionId, request.body),
      );
      return {
        ...(await reoptimisedView(request, editionId, update)),
        unscheduledRequestIds: update.unscheduled,
      };
    },
  );

  api.post(
    '/api/editions/:editionId/meetings/publish',
    {
      schema: {
        tags,
        description: 'Publishes provisional meetings to their people, who are told on their dashboard and by e-mail',
        params: EditionIdParam,
        body: PublishMeetingsBody,
        response: withProblems({ 200: z.object({ meetings: z.array(MeetingView) }) }, ...meetingWrite),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { editionId } = request.params;
      const published = await inTransaction(request.context, (context) =>
        publishMeetings(context, editionId, request.body.meetingIds),
      );
      await mail(
        request,
        deps,
        editionId,
        published.map((entry) => changeOf('published', entry)),
      );
      return { meetings: await viewsOf(request, editionId, published) };
    },
  );

  api.post(
    '/api/meetings/:id/move',
    {
      schema: {
        tags,
        description:
          'Moves a meeting to another slot, room or interpreter (secretariat), checked by the scheduler’s own rules',
        params: MeetingIdParam,
        body: MoveMeetingBody,
        response: { ...withProblems({ 200: MeetingView }, ...meetingWrite), 409: RefusalProblem },
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const moved = await inTransaction(request.context, (context) =>
        moveMeeting(context, request.params.id, request.body),
      );
      if (moved.meeting.state === 'published')
        await mail(request, deps, moved.meeting.editionId, [changeOf('moved', moved)]);
      const [view] = await viewsOf(request, moved.meeting.editionId, [moved]);
      return view!;
    },
  );

  api.post(
    '/api/meetings/:id/lock',
    {
      schema: {
        tags,
        description:
          'Locks a meeting where it is, so the scheduler never moves it, or unlocks it (secretariat); a lock clashing with another fixed meeting or a programme session is refused',
        params: MeetingIdParam,
        body: LockMeetingBody,
        response: { ...withProblems({ 200: MeetingView }, ...meetingWrite), 409: RefusalProblem },
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const locked = await inTransaction(request.context, (context) =>
        setMeetingLock(context, request.params.id, request.body.locked),
      );
      const [view] = await viewsOf(request, locked.meeting.editionId, [locked]);
      return view!;
    },
  );

  api.post(
    '/api/meetings/:id/cancel',
    {
      schema: {
        tags,
        description:
          'Cancels a meeting and its request (secretariat), then re-optimises the provisional schedule, reporting every other meeting that moved and why',
        params: MeetingIdParam,
        body: CancelMeetingBody,
        response: withProblems({ 200: CancellationView }, ...meetingWrite, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const report = await inTransaction(request.context, (context) =>
        cancelMeeting(context, request.params.id, request.body),
      );
      const { editionId } = report.cancelled.meeting;
      if (report.cancelled.meeting.state === 'published') {
        await mail(request, deps, editionId, [changeOf('cancelled', report.cancelled)]);
      }
      return {
        cancelledMeetingId: report.cancelled.meeting.id,
        ...(await reoptimisedView(request, editionId, report)),
      };
    },
  );
}

/** Each meeting a re-optimisation moved, with why, and the meetings it added, as the client reads them. */
async function reoptimisedView(request: FastifyRequest, editionId: string, report: Reoptimised) {
  return {
    movedCount: report.moved.length,
    moved: report.moved.map((move) => ({
      meetingId: move.meetingId,
      requestId: move.requestId,
      from: move.from,
      to: move.to,
      reason: move.reason.code,
      forRequestId: move.reason.code === 'made_room_for' ? move.reason.requestId : null,
    })),
    added: await viewsOf(request, editionId, report.added),
  };
}
