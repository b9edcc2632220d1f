import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Zippable, zipSync } from 'fflate';
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl';
import { type ArchiveBounds, type ArchiveCheck, type ArchiveEntry, checkArchiveEntries } from './archive-bounds.ts';

/** The archive of an uploaded workbook unpacks to more than it may: nothing of it was inflated. */
export class ArchiveRefused extends Error {
  constructor(readonly check: Extract<ArchiveCheck, { ok: false }>) {
    super(`workbook archive refused: ${check.reason}`);
  }
}

/** One row of a worksheet as ExcelJS reads it: its number, `cellCount` and `getCell(column).value`. */
export type WorksheetRow = ExcelJS.Row;

// What ExcelJS's streaming reader needs for cell values, dates (styles) included; nothing else is inflated.
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const BOOK_ENTRIES = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', SHARED_STRINGS, 'xl/styles.xml'];
const SHEET_ENTRY = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const EMPTY_SHARED_STRINGS = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
);
const CHUNK_BYTES = 64 * 1024;

/**
 * The rows of a workbook's first worksheet, read as a stream, one row at a time; the caller stops
 * reading whenever it has seen enough.
 *
 * Before anything is inflated, the sizes the archive's central directory declares are held to
 * `bounds`. yauzl then inflates only the entries needed, in zlib's thread pool, and stops an entry
 * the moment it yields one byte more than declared (`validateEntrySizes`), so an archive that lies
 * about its sizes costs no more than one that tells the truth. The entries are packed again,
 * uncompressed (fflate), in the order ExcelJS's streaming reader wants (relations, book, shared
 * strings, styles, sheet): it only ever reads bytes that were counted, and never parks a sheet in a
 * temporary file waiting for the shared strings. The first worksheet is the lowest-numbered sheet
 * file, which is the first tab in what Excel and LibreOffice write.
 */
export async function* readFirstWorksheetRows(file: Buffer, bounds: ArchiveBounds): AsyncGenerator<WorksheetRow> {
  const archive = await unpackWorkbook(file, bounds);
  if (!archive) return;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunksOf(archive), { objectMode: false }), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) yield row;
    return;
  }
}

/** The entries the reader needs, checked and inflated, packed uncompressed; null for a workbook without a sheet. */
async function unpackWorkbook(file: Buffer, bounds: ArchiveBounds): Promise<Uint8Array | null> {
  const zip = await fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  try {
    // The directory's own count says how many entries it would list, before one is read.
    if (zip.entryCount > bounds.maxEntries) throw new ArchiveRefused({ ok: false, reason: 'too_many_entries' });
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    const check = checkArchiveEntries(entries.map(archiveEntryOf), bounds);
    if (!check.ok) throw new ArchiveRefused(check);
    const sheetEntry = firstSheetEntry(entries.map((entry) => entry.fileName));
    if (!sheetEntry) return null;
    const wanted = new Set([...BOOK_ENTRIES, sheetEntry]);
    const inflated: Record<string, Buffer> = {};
    for (const entry of entries) if (wanted.has(entry.fileName)) inflated[entry.fileName] = await readEntry(zip, entry);
    return repack(inflated, sheetEntry);
  } finally {
    zip.close();
  }
}

const archiveEntryOf = (entry: Entry): ArchiveEntry => ({
  name: entry.fileName,
  compressedBytes: entry.compressedSize,
  uncompressedBytes: entry.uncompressedSize,
});

async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function firstSheetEntry(names: readonly string[]): string | undefined {
  const numberOf = (name: string) => Number(SHEET_ENTRY.exec(name)?.[1]);
  return names.filter((name) => SHEET_ENTRY.test(name)).sort((a, b) => numberOf(a) - numberOf(b))[0];
}

function repack(inflated: Readonly<Record<string, Uint8Array>>, sheetEntry: string): Uint8Array {
  const ordered: Zippable = {};
  for (const name of [...BOOK_ENTRIES, sheetEntry]) {
    const content = inflated[name];
    if (content) ordered[name] = content;
    // With shared strings present ExcelJS reads the sheet as it streams; a workbook of inline strings gets an empty table.
    else if (name === SHARED_STRINGS) ordered[name] = EMPTY_SHARED_STRINGS;
  }
  return zipSync(ordered, { level: 0 });
}

/**
 * Small chunks, so that the XML parser hands back to the event loop between them. ExcelJS decodes
 * each chunk as UTF-8 on its own (`utils/parse-sax.js`), so none may begin inside a character: the
 * entries are stored uncompressed, and a chunk of the archive is a chunk of the entry it is in.
 */
function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; ) {
    let end = Math.min(offset + CHUNK_BYTES, bytes.length);
    while (end < bytes.length && end > offset + 1 && isContinuationByte(bytes[end]!)) end--;
    yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, end - offset);
    offset = end;
  }
}

const isContinuationByte = (byte: number) => (byte & 0xc0) === 0x80;
