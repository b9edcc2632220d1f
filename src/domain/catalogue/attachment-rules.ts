import { ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType } from './attachment-model.ts';

export const ATTACHMENT_MAX_MB = 10;
export const ATTACHMENT_MAX_BYTES = ATTACHMENT_MAX_MB * 1024 * 1024;
export const ATTACHMENTS_PER_ITEM_MAX = 10;
export const FILE_NAME_MAX_LENGTH = 200;

export type AttachmentCheck =
  | { ok: true; mediaType: AttachmentMediaType }
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'too_large' }
  | { ok: false; code: 'type_not_allowed'; detected: string };

export function isAttachmentMediaType(mediaType: string | undefined): mediaType is AttachmentMediaType {
  return (ATTACHMENT_MEDIA_TYPES as readonly (string | undefined)[]).includes(mediaType);
}

/**
 * Decides on a file from its size and the type sniffed from its content (undefined when the content
 * matched no known signature); the name and declared type are never consulted, since both are the
 * uploader's claim.
 */
export function checkAttachment(sizeBytes: number, detectedMediaType: string | undefined): AttachmentCheck {
  if (sizeBytes === 0) return { ok: false, code: 'empty' };
  if (sizeBytes > ATTACHMENT_MAX_BYTES) return { ok: false, code: 'too_large' };
  if (!isAttachmentMediaType(detectedMediaType))
    return { ok: false, code: 'type_not_allowed', detected: detectedMediaType ?? 'unknown' };
  return { ok: true, mediaType: detectedMediaType };
}

const TEXT_SAMPLE_BYTES = 4096;

/**
 * Content sniffers know binary signatures, not plain text; a refusal should still be able to say that
 * a "report.pdf" is text. Text here is UTF-8 without control characters other than tab and line breaks.
 */
export function looksLikeText(content: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut off at the end of the sample is not an encoding error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content.subarray(0, TEXT_SAMPLE_BYTES), {
      stream: true,
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this check.
    return !/[\x00-\x08\x0B\x0E-\x1F\x7F]/.test(text);
  } catch {
    return false;
  }
}

export function hasRoomForAttachment(existingCount: number): boolean {
  return existingCount < ATTACHMENTS_PER_ITEM_MAX;
}

// Bidirectional embeddings, overrides and isolates let "gpj.exe" display as "exe.jpg"; the joiners
// (U+200C, U+200D) and marks (U+200E, U+200F) Persian text needs stay allowed.
const FORBIDDEN_IN_FILE_NAME = /[/\\\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** A name to show and to offer when saving, never a path: the file lives in the database. Expects a trimmed name. */
export function isAcceptableFileName(fileName: string): boolean {
  return fileName.length >= 1 && fileName.length <= FILE_NAME_MAX_LENGTH && !FORBIDDEN_IN_FILE_NAME.test(fileName);
}

/** The extensions each stored type is saved under; the first is given to a name without one of them. */
const EXTENSIONS_OF_TYPE: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

// What reads as an extension: a letter, then up to seven letters or digits ("2025" in "report.2025" is not one).
const EXTENSION = /\.([\p{L}][\p{L}\p{N}]{0,7})$/u;

/**
 * The name a file is stored and offered for saving under: its extension is that of the type its
 * content was sniffed as, whatever the uploader called it. A PDF that is also a page of HTML,
 * uploaded as "invoice.html", is saved as "invoice.pdf", so that no reader's system opens it as HTML
 * from the download folder. A name without any extension gets one.
 */
export function fileNameForType(fileName: string, mediaType: AttachmentMediaType): string {
  const extensions = EXTENSIONS_OF_TYPE[mediaType];
  const hasExtension = (name: string) => extensions.includes(EXTENSION.exec(name)?.[1]?.toLowerCase() ?? '');
  if (hasExtension(fileName)) return fileName;
  const match = EXTENSION.exec(fileName);
  const base = match ? fileName.slice(0, match.index) : fileName;
  // "invoice.pdf.html" was a PDF's name before someone added the ".html".
  if (hasExtension(base)) return base;
  const extension = `.${extensions[0]}`;
  return `${withoutCutPair(base.slice(0, FILE_NAME_MAX_LENGTH - extension.length))}${extension}`;
}

/** A name cut to length must not end in the first half of a surrogate pair (an emoji, a rare CJK character). */
const withoutCutPair = (text: string) => (/[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text);

/** Pictures open in the browser; PDFs are saved, so that no reader renders them in the platform's origin. */
export function contentDispositionOf(fileName: string, mediaType: AttachmentMediaType): string {
  const disposition = mediaType.startsWith('image/') ? 'inline' : 'attachment';
  return `${disposition}; filename="${asciiFallbackOf(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** RFC 6266 §4.3: a plain filename for old clients, without quotes, backslashes, percent signs or non-ASCII. */
function asciiFallbackOf(fileName: string): string {
  return Array.from(fileName, (character) =>
    /^[\x20-\x7E]$/.test(character) && !'"\\%'.includes(character) ? character : '_',
  ).join('');
}

/** RFC 8187 value characters: encodeURIComponent leaves ' ( ) * as they are, which the grammar does not allow. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Files of published items are the same for everyone; others depend on who asks. */
export function cacheControlOf(isItemPublished: boolean): string {
  return isItemPublished ? 'public, max-age=86400' : 'private, max-age=3600';
}
