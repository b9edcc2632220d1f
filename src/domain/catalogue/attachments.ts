import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import type { Attachment, AttachmentMediaType, AttachmentWithContent } from './attachment-model.ts';
import {
  ATTACHMENT_MAX_MB,
  ATTACHMENTS_PER_ITEM_MAX,
  checkAttachment,
  hasRoomForAttachment,
  looksLikeText,
} from './attachment-rules.ts';
import { createAttachmentsRepository } from './attachments-repository.ts';
import type { CatalogueItem } from './model.ts';
import { getItem } from './read-items.ts';

type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };
export type Upload = { fileName: string; content: Buffer };
export type AttachmentDownload = { attachment: AttachmentWithContent; isItemPublished: boolean };

function assertMayWrite(actor: Actor | null, item: CatalogueItem): void {
  if (!can(actor, 'item.write', { provinceId: item.provinceId, organisation: item.organisation?.name ?? null }))
    throw new AppError('forbidden');
}

/** A file of an item someone may not see answers as if it did not exist, like the item itself. */
async function getItemOf(db: Executor, actor: Actor | null, attachment: Attachment): Promise<CatalogueItem> {
  try {
    return await getItem(db, actor, attachment.itemId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'item_not_found')
      throw new AppError('attachment_not_found', { id: attachment.id });
    throw error;
  }
}

async function findAttachment(db: Executor, id: string): Promise<Attachment> {
  const attachment = await createAttachmentsRepository(db).find(id);
  if (!attachment) throw new AppError('attachment_not_found', { id });
  return attachment;
}

/** The content decides the type (file-type reads its signature); the name and the declared type are not trusted. */
async function acceptedMediaTypeOf(content: Buffer): Promise<AttachmentMediaType> {
  const detected = (await fileTypeFromBuffer(content))?.mime ?? (looksLikeText(content) ? 'text/plain' : undefined);
  const check = checkAttachment(content.length, detected);
  if (check.ok) return check.mediaType;
  if (check.code === 'empty') throw new AppError('validation_failed', {}, [{ path: 'body', code: 'missing' }]);
  if (check.code === 'too_large') throw new AppError('attachment_too_large', { limitMb: ATTACHMENT_MAX_MB });
  throw new AppError('attachment_type_not_allowed', { detected: check.detected });
}

export async function uploadAttachment(
  db: Database,
  context: WriteContext,
  itemId: string,
  upload: Upload,
): Promise<Attachment> {
  assertMayWrite(context.actor, await getItem(db, context.actor, itemId));
  const mediaType = await acceptedMediaTypeOf(upload.content);
  return inTransaction(db, async (tx) => {
    const repo = createAttachmentsRepository(tx);
    if (!(await repo.lockItem(itemId))) throw new AppError('item_not_found', { id: itemId });
    if (!hasRoomForAttachment(await repo.countForItem(itemId))) {
      throw new AppError('validation_failed', {}, [
        { path: 'attachments', code: 'too_big', params: { maximum: ATTACHMENTS_PER_ITEM_MAX, origin: 'array' } },
      ]);
    }
    const attachment = await repo.insert({
      id: randomUUID(),
      itemId,
      fileName: upload.fileName,
      mediaType,
      sizeBytes: upload.content.length,
      uploadedBy: context.actor?.userId ?? null,
      uploadedAt: context.now,
      content: upload.content,
    });
    await recordAudit(tx, context.audit, {
      action: 'item.attach',
      entityType: 'catalogue_item',
      entityId: itemId,
      after: attachment,
    });
    return attachment;
  });
}

export async function listAttachments(db: Executor, actor: Actor | null, itemId: string): Promise<Attachment[]> {
  await getItem(db, actor, itemId);
  return createAttachmentsRepository(db).listForItem(itemId);
}

export async function getAttachmentContent(db: Executor, actor: Actor | null, id: string): Promise<AttachmentDownload> {
  const item = await getItemOf(db, actor, await findAttachment(db, id));
  const attachment = await createAttachmentsRepository(db).findWithContent(id);
  if (!attachment) throw new AppError('attachment_not_found', { id });
  return { attachment, isItemPublished: item.status === 'published' };
}

export async function deleteAttachment(db: Database, context: WriteContext, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const attachment = await findAttachment(tx, id);
    assertMayWrite(context.actor, await getItemOf(tx, context.actor, attachment));
    await createAttachmentsRepository(tx).delete(id);
    await recordAudit(tx, context.audit, {
      action: 'item.detach',
      entityType: 'catalogue_item',
      entityId: attachment.itemId,
      before: attachment,
    });
  });
}
