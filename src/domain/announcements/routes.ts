import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import { postAnnouncement } from './post-announcement.ts';
import { listMyAnnouncements, markAnnouncementRead, type InboxEntry } from './read-announcements.ts';
import { getAnnouncementReceipts, listPostedAnnouncements, type AnnouncementReceipts } from './receipts.ts';
import {
  AnnouncementInbox,
  AnnouncementParams,
  EditionParams,
  PostAnnouncementRequest,
  PostedAnnouncementView,
  ReceiptsView,
} from './schema.ts';

const toInboxView = ({ announcement, title, body, readAt }: InboxEntry) => ({
  id: announcement.id,
  editionId: announcement.editionId,
  title,
  body,
  originalLanguage: announcement.language,
  audience: announcement.audience,
  postedAt: announcement.postedAt.toISOString(),
  read: readAt !== null,
  readAt: readAt?.toISOString() ?? null,
});

const toPostedView = ({ announcement, recipients, receipts }: AnnouncementReceipts) => ({
  id: announcement.id,
  editionId: announcement.editionId,
  title: announcement.title,
  body: announcement.body,
  language: announcement.language,
  audience: announcement.audience,
  postedAt: announcement.postedAt.toISOString(),
  recipients,
  readCount: receipts.length,
});

export function announcementsRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['announcements'];

  api.post(
    '/api/editions/:editionId/announcements',
    {
      schema: {
        tags,
        description:
          'Posts an announcement to everyone, a role, a delegation or the people seated at a session (secretariat)',
        params: EditionParams,
        body: PostAnnouncementRequest,
        response: withProblems({ 201: PostedAnnouncementView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      const posted = await inTransaction(request.context, (context) =>
        postAnnouncement(context, request.params.editionId, request.body),
      );
      return reply.status(201).send(toPostedView({ announcement: posted, recipients: 0, receipts: [] }));
    },
  );

  api.get(
    '/api/editions/:editionId/announcements',
    {
      schema: {
        tags,
        description:
          "An edition's announcements, newest first, with how many they reach and how many opened them (secretariat)",
        params: EditionParams,
        response: withProblems({ 200: z.array(PostedAnnouncementView) }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => (await listPostedAnnouncements(request.context, request.params.editionId)).map(toPostedView),
  );

  api.get(
    '/api/announcements',
    {
      schema: {
        tags,
        description: "Announcements addressed to the signed-in reader, newest first, in the reader's language",
        response: withProblems({ 200: AnnouncementInbox }, 401),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const inbox = await listMyAnnouncements(request.context);
      return { unread: inbox.unread, announcements: inbox.entries.map(toInboxView) };
    },
  );

  api.post(
    '/api/announcements/:id/read',
    {
      schema: {
        tags,
        description: 'Records that the reader opened the announcement; idempotent',
        params: AnnouncementParams,
        response: withProblems({ 204: z.null().describe('Recorded') }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => markAnnouncementRead(context, request.params.id));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/announcements/:id/receipts',
    {
      schema: {
        tags,
        description: 'How many accounts an announcement reaches, and who opened it when (secretariat)',
        params: AnnouncementParams,
        response: withProblems({ 200: ReceiptsView }, 400, 401, 403, 404),
      },
      config: SIGNED_IN,
    },
    async (request) => {
      const { announcement, recipients, receipts } = await getAnnouncementReceipts(request.context, request.params.id);
      return {
        announcementId: announcement.id,
        recipients,
        readCount: receipts.length,
        readers: receipts.map((receipt) => ({ ...receipt, readAt: receipt.readAt.toISOString() })),
      };
    },
  );
}
