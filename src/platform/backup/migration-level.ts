import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../db/migrate.ts';
import { BackupRefused, type BackupManifest } from './backup-format.ts';

type Journal = { entries: { tag: string }[] };

const readJournal = (): Journal =>
  JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as Journal;

/** Refuses a backup taken by newer code, or on a migration history that is not this code's. */
export function checkMigrationLevel(manifest: BackupManifest): void {
  const { entries } = readJournal();
  const { applied, tag } = manifest.migration;
  if (applied > entries.length)
    throw new BackupRefused(
      `The backup is at migration ${applied} (${tag}); this version of the platform knows ${entries.length}. Restore it with the version that wrote it or a newer one.`,
    );
  if (entries[applied - 1]?.tag !== tag)
    throw new BackupRefused(
      `The backup's migration ${applied} is ${tag}, this platform's is ${entries[applied - 1]?.tag}: not the same history.`,
    );
}

/**
 * A migrations folder holding only the first `applied` migrations: the restore builds the schema
 * the rows were written for, loads them, then runs the rest, so data migrations written since the
 * backup apply to its rows too.
 */
export function migrationsFolderUpTo(applied: number): string {
  const journal = readJournal();
  const folder = mkdtempSync(join(tmpdir(), 'caspian-restore-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const entries = journal.entries.slice(0, applied);
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag } of entries) copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(folder, `${tag}.sql`));
  return folder;
}
