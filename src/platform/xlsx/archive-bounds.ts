/** What an uploaded workbook's zip archive may unpack to before any of it is inflated. */
export type ArchiveBounds = {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed to compressed size of one entry; only entries above `ratioFloorBytes` are held to it. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
};

/** An entry as the archive's central directory declares it. */
export type ArchiveEntry = { name: string; compressedBytes: number; uncompressedBytes: number };

export type ArchiveCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'too_many_entries' | 'entry_too_large' | 'total_too_large' | 'compression_ratio';
      entry?: string;
    };

const MB = 1024 * 1024;

/**
 * A 20,000-row catalogue file (the import's row limit) unpacks to a 13 MB sheet and 2 MB of shared
 * strings, compressed about 9 to 12 times; the bounds leave room for long descriptions and repetitive
 * sheets. Deflate reaches about 1,000 to 1, which is what a zip bomb uses.
 */
export const WORKBOOK_ARCHIVE_BOUNDS: ArchiveBounds = {
  maxEntries: 1000,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 100 * MB,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1 * MB,
};

export const megabytesOf = (bytes: number) => Math.round(bytes / MB);

/** Judges an archive on the sizes its directory declares, so that a bomb is refused before it is inflated. */
export function checkArchiveEntries(entries: readonly ArchiveEntry[], bounds: ArchiveBounds): ArchiveCheck {
  if (entries.length > bounds.maxEntries) return { ok: false, reason: 'too_many_entries' };
  let totalBytes = 0;
  for (const entry of entries) {
    if (entry.uncompressedBytes > bounds.maxEntryBytes)
      return { ok: false, reason: 'entry_too_large', entry: entry.name };
    const ratio = entry.uncompressedBytes / Math.max(entry.compressedBytes, 1);
    if (entry.uncompressedBytes > bounds.ratioFloorBytes && ratio > bounds.maxCompressionRatio)
      return { ok: false, reason: 'compression_ratio', entry: entry.name };
    totalBytes += entry.uncompressedBytes;
    if (totalBytes > bounds.maxTotalBytes) return { ok: false, reason: 'total_too_large' };
  }
  return { ok: true };
}
