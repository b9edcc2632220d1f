import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { readAttendance } from './attendance.ts';
import { renderBadgeFile, renderEditionBadgesFile, type BadgeFile } from './badge-documents.ts';
import { listBadgeRoster } from './badge-roster.ts';
import { checkIn } from './check-in.ts';
import { issueBadge, revokeBadge } from './issue-badges.ts';
import type { Badge } from './model.ts';
import {
  AttendanceView,
  BadgeIdParam,
  BadgeRosterEntry,
  BadgeView,
  CheckInRequest,
  CheckInView,
  DelegationQuery,
  EditionIdParam,
  IssueBadgeRequest,
  ParticipantIdParam,
  RevokeBadgeRequest,
} from './schema.ts';

const PDF = 'application/pdf';

const toBadgeView = (badge: Badge & { token?: string }) => ({
  id: badge.id,
  participantId: badge.participantId,
  editionId: badge.editionId,
  issuedAt: badge.issuedAt.toISOString(),
  revokedAt: badge.revokedAt?.toISOString() ?? null,
  revokedReason: badge.revokedReason,
  token: badge.revokedAt ? null : (badge.token ?? null),
});

/** Badges (issue, revoke, print) and check-in at the doors. */
export function badgesRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['badges'];
  const sendPdf = (file: BadgeFile, reply: FastifyReply) =>
    reply
      .header('content-disposition', `inline; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .type(PDF)
      .send(file.pdf);

  api.post(
    '/api/participants/:id/badge',
    {
      schema: {
        tags,
        description: 'Issues a badge to an approved participant; a live badge they had is revoked',
        params: ParticipantIdParam,
        body: IssueBadgeRequest,
        response: withProblems({ 201: BadgeView }, 400, 401, 403, 404, 409),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const badge = await inTransaction(request.context, (context) => issueBadge(context, request.params.id));
      return reply.status(201).send(toBadgeView(badge));
    },
  );

  api.post(
    '/api/badges/:id/revoke',
    {
      schema: {
        tags,
        description: 'Revokes a badge: scans of it are refused from now on',
        params: BadgeIdParam,
        body: RevokeBadgeRequest,
        response: withProblems({ 200: BadgeView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) =>
      toBadgeView(
        await inTransaction(request.context, (context) => revokeBadge(context, request.params.id, request.body.reason)),
      ),
  );

  api.get(
    '/api/badges/:id/badge.pdf',
    {
      schema: {
        tags,
        description: 'The badge to print (A6, one page)',
        params: BadgeIdParam,
        response: withProblems({}, 400, 401, 403, 404, 410),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => sendPdf(await renderBadgeFile(request.context, request.params.id), reply),
  );

  api.get(
    '/api/editions/:editionId/badges.pdf',
    {
      schema: {
        tags,
        description: 'Every live badge of the edition or of one delegation, one per page',
        params: EditionIdParam,
        querystring: DelegationQuery,
        response: withProblems({}, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) =>
      sendPdf(
        await renderEditionBadgesFile(request.context, request.params.editionId, request.query.delegationId),
        reply,
      ),
  );

  api.get(
    '/api/editions/:editionId/badges',
    {
      schema: {
        tags,
        description: 'Approved participants with their live badge, for the badge desk',
        params: EditionIdParam,
        querystring: DelegationQuery,
        response: withProblems({ 200: z.array(BadgeRosterEntry) }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const roster = await listBadgeRoster(request.context, request.params.editionId, request.query.delegationId);
      return roster.map(({ participant, badge }) => ({
        participantId: participant.id,
        delegationId: participant.delegationId,
        role: participant.role,
        status: participant.status,
        nameNative: participant.nameNative,
        nameLatin: participant.nameLatin,
        nameLanguage: participant.nameLanguage,
        provinceId: participant.provinceId,
        isDemo: participant.isDemo,
        badge: badge ? toBadgeView(badge) : null,
      }));
    },
  );

  api.post(
    '/api/check-ins',
    {
      schema: {
        tags,
        description:
          'Checks a badge in at the venue (once per edition-local day) or at a session (once); a repeat scan answers 200 and counts nothing',
        body: CheckInRequest,
        response: withProblems({ 200: CheckInView, 201: CheckInView }, 400, 401, 403, 404, 409, 410),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const result = await inTransaction(request.context, (context) => checkIn(context, request.body));
      return reply.status(result.alreadyCheckedIn ? 200 : 201).send({
        alreadyCheckedIn: result.alreadyCheckedIn,
        checkedInAt: result.checkIn.checkedInAt.toISOString(),
        day: result.checkIn.day,
        sessionId: result.checkIn.sessionId,
        participant: result.participant,
      });
    },
  );

  api.get(
    '/api/editions/:editionId/attendance',
    {
      schema: {
        tags,
        description: 'People checked in per edition-local day and per session',
        params: EditionIdParam,
        response: withProblems({ 200: AttendanceView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => readAttendance(request.context, request.params.editionId),
  );
}
