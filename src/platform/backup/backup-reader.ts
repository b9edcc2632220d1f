import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifest, BackupRefused } from './backup-format.ts';

/** The lines of a gzip file, each handed over whole however many chunks it spans (an attachment's row). */
export async function* readGzipLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  for await (const chunk of gunzip) {
    const pieces = decoder.write(chunk as Buffer).split('\n');
    for (let index = 0; index < pieces.length - 1; index++) {
      pending.push(pieces[index]!);
      yield pending.join('');
      pending = [];
    }
    pending.push(pieces[pieces.length - 1]!);
  }
  const last = pending.join('') + decoder.end();
  if (last) yield last;
}

/** Opens a backup: its manifest, checked, and the lines after it. */
export async function openBackup(file: string): Promise<{ manifest: BackupManifest; lines: AsyncGenerator<string> }> {
  const lines = readGzipLines(file);
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new BackupRefused(`There is no backup file ${file}.`);
    throw new BackupRefused(`${file} is not a gzip file: not a Caspian Bridge backup.`);
  }
  const manifest = parseManifest(first.done ? '' : first.value, file);
  return { manifest, lines };
}

function parseManifest(line: string, file: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupRefused(`${file} does not start with a manifest: not a Caspian Bridge backup.`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupRefused(`${file} is not a Caspian Bridge backup.`);
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION)
    throw new BackupRefused(
      `${file} is in backup format ${format.formatVersion}; this version of the platform reads up to ${BACKUP_FORMAT_VERSION}. Restore it with a newer version.`,
    );
  const parsed = BackupManifest.safeParse(json);
  if (!parsed.success) throw new BackupRefused(`${file} has a damaged manifest: ${parsed.error.message}`);
  return parsed.data;
}
