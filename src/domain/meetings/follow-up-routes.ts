import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { listMeetingNotices, markNoticesRead } from './notices.ts';
import { recordOutcome } from './publish-meetings.ts';
import { viewsOf } from './schedule-routes.ts';
import { MarkNoticesReadBody, MeetingIdParam, MeetingView, NoticeListView, OutcomeBody } from './schedule-schema.ts';
import { EditionIdParam } from './schema.ts';
import { toNoticeView } from './views.ts';

/** What the people of a meeting do with it afterwards: read the notices of changes, record how it went. */
export function meetingFollowUpRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  api.post(
    '/api/meetings/:id/outcome',
    {
      schema: {
        tags,
        description:
          'Records how a published meeting went once its time has come: held or not, notes, follow-up (either side or the secretariat)',
        params: MeetingIdParam,
        body: OutcomeBody,
        response: withProblems({ 200: MeetingView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const recorded = await inTransaction(request.context, (context) =>
        recordOutcome(context, request.params.id, request.body),
      );
      const [view] = await viewsOf(request, recorded.meeting.editionId, [recorded]);
      return view!;
    },
  );

  api.get(
    '/api/editions/:editionId/meetings/notices',
    {
      schema: {
        tags,
        description: 'Changes to the reader’s own meetings (published, moved, cancelled), newest first',
        params: EditionIdParam,
        response: withProblems({ 200: NoticeListView }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const notices = await listMeetingNotices(request.context, request.params.editionId);
      return { notices: notices.map(toNoticeView), unread: notices.filter((notice) => !notice.readAt).length };
    },
  );

  api.post(
    '/api/editions/:editionId/meetings/notices/read',
    {
      schema: {
        tags,
        description: 'Marks the reader’s own notices read',
        params: EditionIdParam,
        body: MarkNoticesReadBody,
        response: withProblems({ 200: z.object({ read: z.number().int() }) }, 400, 401, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => ({
      read: await inTransaction(request.context, (context) =>
        markNoticesRead(context, request.params.editionId, request.body.noticeIds),
      ),
    }),
  );
}
