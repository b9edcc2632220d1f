/** The file types an offer or a need may carry: documents as PDF, pictures in the formats every browser shows. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** What is known about a stored file without reading its bytes. */
export type Attachment = {
  id: string;
  itemId: string;
  fileName: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  uploadedBy: string | null;
  uploadedAt: Date;
};

export type AttachmentWithContent = Attachment & { content: Buffer };
