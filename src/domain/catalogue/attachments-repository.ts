import { asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Attachment, AttachmentMediaType, AttachmentWithContent } from './attachment-model.ts';
import { catalogueAttachments, catalogueItems } from './tables.ts';

// Everything but the bytes: lists and checks never drag megabytes out of the database.
const metadataColumns = {
  id: catalogueAttachments.id,
  itemId: catalogueAttachments.itemId,
  fileName: catalogueAttachments.fileName,
  mediaType: catalogueAttachments.mediaType,
  sizeBytes: catalogueAttachments.sizeBytes,
  uploadedBy: catalogueAttachments.uploadedBy,
  uploadedAt: catalogueAttachments.uploadedAt,
};

type MetadataRow = Omit<typeof catalogueAttachments.$inferSelect, 'content'>;

// Only allowed types are ever written, so the column holds nothing else.
const toAttachment = (row: MetadataRow): Attachment => ({ ...row, mediaType: row.mediaType as AttachmentMediaType });

export function createAttachmentsRepository(db: Executor) {
  return {
    /**
     * Holds the item's row until the transaction ends, so two uploads at once cannot both see room
     * for a tenth file. False when the item is gone.
     */
    async lockItem(itemId: string): Promise<boolean> {
      const rows = await db
        .select({ id: catalogueItems.id })
        .from(catalogueItems)
        .where(eq(catalogueItems.id, itemId))
        .for('update');
      return rows.length > 0;
    },

    async countForItem(itemId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(catalogueAttachments)
        .where(eq(catalogueAttachments.itemId, itemId));
      return row?.n ?? 0;
    },

    async insert(attachment: AttachmentWithContent): Promise<Attachment> {
      const [row] = await db.insert(catalogueAttachments).values(attachment).returning(metadataColumns);
      return toAttachment(row!);
    },

    async listForItem(itemId: string): Promise<Attachment[]> {
      const rows = await db
        .select(metadataColumns)
        .from(catalogueAttachments)
        .where(eq(catalogueAttachments.itemId, itemId))
        .orderBy(asc(catalogueAttachments.uploadedAt), asc(catalogueAttachments.id));
      return rows.map(toAttachment);
    },

    async find(id: string): Promise<Attachment | null> {
      const [row] = await db.select(metadataColumns).from(catalogueAttachments).where(eq(catalogueAttachments.id, id));
      return row ? toAttachment(row) : null;
    },

    async findWithContent(id: string): Promise<AttachmentWithContent | null> {
      const [row] = await db
        .select({ ...metadataColumns, content: catalogueAttachments.content })
        .from(catalogueAttachments)
        .where(eq(catalogueAttachments.id, id));
      return row ? { ...toAttachment(row), content: row.content } : null;
    },

    async delete(id: string): Promise<void> {
      await db.delete(catalogueAttachments).where(eq(catalogueAttachments.id, id));
    },
  };
}

export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>;
