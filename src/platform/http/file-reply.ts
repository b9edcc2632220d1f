import type { FastifyReply } from 'fastify';

/** A generated file (a workbook, a calendar, a PDF) sent for saving under the given name. */
export function sendDownload(reply: FastifyReply, fileName: string, mediaType: string, file: Buffer | string) {
  return reply.header('content-disposition', `attachment; filename="${fileName}"`).type(mediaType).send(file);
}
