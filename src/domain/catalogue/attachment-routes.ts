import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { withProblems } from '../../platform/http/problem-schema.ts';
import { SIGNED_IN } from '../../platform/http/request-context-hook.ts';
import type { Attachment } from './attachment-model.ts';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_MB,
  cacheControlOf,
  contentDispositionOf,
  fileNameForType,
} from './attachment-rules.ts';
import { AttachmentId, AttachmentView, UploadAttachmentQuery } from './attachment-schema.ts';
import { deleteAttachment, getAttachmentContent, listAttachments, uploadAttachment } from './attachments.ts';
import { ItemId } from './schema.ts';

/** What browsers declare for the files we take; the declaration is read as bytes and never believed. */
const FILE_CONTENT_TYPES = ['application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png', 'image/webp'];

// One byte over the limit still reaches the use case, so that it, not Fastify, says how large a file may be.
const UPLOAD_BODY_LIMIT_BYTES = ATTACHMENT_MAX_BYTES + 1;

const tags = ['catalogue'];

const toAttachmentView = ({ uploadedBy: _uploadedBy, ...attachment }: Attachment) => ({
  ...attachment,
  uploadedAt: attachment.uploadedAt.toISOString(),
});

export function attachmentRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/items/:id/attachments',
    { schema: { tags, params: ItemId, response: withProblems({ 200: z.array(AttachmentView) }, 400, 404) } },
    async (request) => (await listAttachments(request.context, request.params.id)).map(toAttachmentView),
  );

  api.get(
    '/api/attachments/:id',
    {
      schema: {
        tags,
        description: 'The file itself, with its stored media type.',
        params: AttachmentId,
        response: withProblems({}, 400, 404),
      },
    },
    async (request, reply) => {
      const { attachment, isItemPublished } = await getAttachmentContent(request.context, request.params.id);
      return (
        reply
          .type(attachment.mediaType)
          .header('content-length', attachment.content.length)
          .header('x-content-type-options', 'nosniff')
          // Files stored before names followed their type are offered under the name they should have had.
          .header(
            'content-disposition',
            contentDispositionOf(fileNameForType(attachment.fileName, attachment.mediaType), attachment.mediaType),
          )
          .header('cache-control', cacheControlOf(isItemPublished))
          // Only pictures and PDFs are stored, but should a browser ever render one as a page, it gets no scripts and no origin.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(attachment.content)
      );
    },
  );

  api.delete(
    '/api/attachments/:id',
    {
      schema: { tags, params: AttachmentId, response: withProblems({ 204: z.null() }, 400, 401, 403, 404) },
      config: SIGNED_IN,
    },
    async (request, reply) => {
      await inTransaction(request.context, (context) => deleteAttachment(context, request.params.id));
      return reply.status(204).send(null);
    },
  );

  // Content-type parsers belong to a plugin scope: this one takes raw files, for the upload alone.
  void app.register(async (scope) => registerUploadRoute(scope));
}

function registerUploadRoute(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  const asBuffer = (_request: FastifyRequest, body: Buffer, done: (error: null, body: Buffer) => void) =>
    done(null, body);
  scope.addContentTypeParser(FILE_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT_BYTES }, asBuffer);
  // Any other declared type too: the content decides, so a HEIC photo is refused by name rather than for its header.
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT_BYTES }, asBuffer);

  scope.withTypeProvider<ZodTypeProvider>().post(
    '/api/items/:id/attachments',
    {
      schema: {
        tags,
        description: `The raw file as the body (any Content-Type; the content decides): a PDF, JPEG, PNG or WebP of at most ${ATTACHMENT_MAX_MB} MB.`,
        params: ItemId,
        querystring: UploadAttachmentQuery,
        response: withProblems({ 201: AttachmentView }, 400, 401, 403, 404, 413, 415),
      },
      config: SIGNED_IN,
      bodyLimit: UPLOAD_BODY_LIMIT_BYTES,
      // SIGNED_IN alone would answer after the body is read: nobody uploads megabytes without being signed in.
      onRequest: async (request) => {
        if (!request.actor) throw new AppError('not_authenticated');
      },
      errorHandler: (error) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
          throw new AppError('attachment_too_large', { limitMb: ATTACHMENT_MAX_MB });
        throw error;
      },
    },
    async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const upload = { fileName: request.query.fileName, content };
      const attachment = await inTransaction(request.context, (context) =>
        uploadAttachment(context, request.params.id, upload),
      );
      return reply.status(201).send(toAttachmentView(attachment));
    },
  );
}
