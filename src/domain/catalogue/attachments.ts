import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError, invalidFields } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Attachment, AttachmentMediaType, AttachmentWithContent } from './attachment-model.ts';
import {
  ATTACHMENT_MAX_MB,
  ATTACHMENTS_PER_ITEM_MAX,
  checkAttachment,
  fileNameForType,
  hasRoomForAttachment,
  looksLikeText,
} from './attachment-rules.ts';
import { createAttachmentsRepository } from './attachments-repository.ts';
import type { CatalogueItem } from './model.ts';
import { getItem } from './read-items.ts';
import { itemTargetOf } from './rules.ts';

export type Upload = { fileName: string; content: Buffer };
export type AttachmentDownload = { attachment: AttachmentWithContent; isItemPublished: boolean };

/** A file of an item someone may not see answers as if it did not exist, like the item itself. */
async function getItemOf(context: RequestContext, attachment: Attachment): Promise<CatalogueItem> {
  try {
    return await getItem(context, attachment.itemId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'item_not_found')
      throw new AppError('attachment_not_found', { id: attachment.id });
    throw error;
  }
}

async function findAttachment(context: RequestContext, id: string): Promise<Attachment> {
  const attachment = await createAttachmentsRepository(context.db).find(id);
  if (!attachment) throw new AppError('attachment_not_found', { id });
  return attachment;
}

/** The content decides the type (file-type reads its signature); the name and the declared type are not trusted. */
async function acceptedMediaTypeOf(content: Buffer): Promise<AttachmentMediaType> {
  const detected = (await fileTypeFromBuffer(content))?.mime ?? (looksLikeText(content) ? 'text/plain' : undefined);
  const check = checkAttachment(content.length, detected);
  if (check.ok) return check.mediaType;
  if (check.code === 'empty') throw invalidFields([{ path: 'body', code: 'missing' }]);
  if (check.code === 'too_large') throw new AppError('attachment_too_large', { limitMb: ATTACHMENT_MAX_MB });
  throw new AppError('attachment_type_not_allowed', { detected: check.detected });
}

/**
 * Everything runs in the caller's transaction: telling the type reads a signature and a 4 KB sample,
 * not the whole file, so it holds the transaction no longer than the checks around it.
 */
export async function uploadAttachment(context: WriteContext, itemId: string, upload: Upload): Promise<Attachment> {
  requirePermission(context.actor, 'item.write', itemTargetOf(await getItem(context, itemId)));
  const mediaType = await acceptedMediaTypeOf(upload.content);
  const repo = createAttachmentsRepository(context.db);
  if (!(await repo.lockItem(itemId))) throw new AppError('item_not_found', { id: itemId });
  if (!hasRoomForAttachment(await repo.countForItem(itemId))) {
    throw invalidFields([
      { path: 'attachments', code: 'too_big', params: { maximum: ATTACHMENTS_PER_ITEM_MAX, origin: 'array' } },
    ]);
  }
  const attachment = await repo.insert({
    id: randomUUID(),
    itemId,
    fileName: fileNameForType(upload.fileName, mediaType),
    mediaType,
    sizeBytes: upload.content.length,
    uploadedBy: context.actor?.userId ?? null,
    uploadedAt: context.now,
    content: upload.content,
  });
  await recordAudit(context, 'item.attach', 'catalogue_item', itemId, { after: attachment });
  return attachment;
}

export async function listAttachments(context: RequestContext, itemId: string): Promise<Attachment[]> {
  await getItem(context, itemId);
  return createAttachmentsRepository(context.db).listForItem(itemId);
}

export async function getAttachmentContent(context: RequestContext, id: string): Promise<AttachmentDownload> {
  const item = await getItemOf(context, await findAttachment(context, id));
  const attachment = await createAttachmentsRepository(context.db).findWithContent(id);
  if (!attachment) throw new AppError('attachment_not_found', { id });
  return { attachment, isItemPublished: item.status === 'published' };
}

export async function deleteAttachment(context: WriteContext, id: string): Promise<void> {
  const attachment = await findAttachment(context, id);
  requirePermission(context.actor, 'item.write', itemTargetOf(await getItemOf(context, attachment)));
  await createAttachmentsRepository(context.db).delete(id);
  await recordAudit(context, 'item.detach', 'catalogue_item', attachment.itemId, { before: attachment });
}
