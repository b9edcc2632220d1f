import { z } from 'zod';
import { ATTACHMENT_MEDIA_TYPES } from './attachment-model.ts';
import { FILE_NAME_MAX_LENGTH, isAcceptableFileName } from './attachment-rules.ts';

export const UploadAttachmentQuery = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(FILE_NAME_MAX_LENGTH)
      .refine(isAcceptableFileName, { params: { code: 'invalid_file_name' } })
      .describe('Name to show and to save the file under, e.g. گزارش.pdf; no path separators or control characters'),
  })
  .strict();

export const AttachmentId = z.object({ id: z.uuid().describe('Attachment id') }).strict();

export const AttachmentView = z
  .object({
    id: z.uuid(),
    itemId: z.uuid().describe('Offer or need the file belongs to'),
    fileName: z.string(),
    mediaType: z
      .enum(ATTACHMENT_MEDIA_TYPES)
      .describe('Type found in the content, whatever the name or declared type said'),
    sizeBytes: z.number().int(),
    uploadedAt: z.string().describe('When (ISO 8601)'),
  })
  .describe('A file attached to an offer or a need, without its content');
