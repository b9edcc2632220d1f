import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../db/client.ts';
import { openDatabaseStateReader } from '../db/migrate.ts';
import { queryRows } from '../db/query-rows.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  END_LINE,
  type TableHeader,
} from './backup-format.ts';
import { censusOf, listWritableColumns, tableOf, setCanonicalText } from './table-census.ts';

/** Rows fetched per round trip: attachments are up to a few megabytes each, so few at a time. */
const ROWS_PER_FETCH = 100;

/**
 * Writes every row of every table to `file` from one read-only snapshot: what the backup holds is
 * the database as it was at one instant, while the instances go on serving. The file appears only
 * once complete (written beside it, then renamed).
 */
export async function writeBackup(handle: DatabaseHandle, file: string, now: Date): Promise<BackupManifest> {
  const state = await openDatabaseStateReader(handle.db)();
  if (!state.version) throw new Error('The database has no migrations applied: there is nothing to back up.');
  const partial = `${file}.partial`;
  try {
    const manifest = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      await setCanonicalText(tx);
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        databaseKind: handle.kind,
        migration: { applied: state.applied, tag: state.version! },
        createdAt: now.toISOString(),
        tables: await censusOf(tx),
      };
      await pipeline(backupLines(tx, manifest), createGzip(), createWriteStream(partial, { mode: 0o600 }));
      return manifest;
    });
    await rename(partial, file);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function* backupLines(tx: Executor, manifest: BackupManifest): AsyncGenerator<string> {
  yield `${JSON.stringify(manifest)}\n`;
  for (const { table, rows } of manifest.tables) {
    const columns = await listWritableColumns(tx, table);
    const header: TableHeader = { table, columns, rows };
    yield `${JSON.stringify(header)}\n`;
    yield* tableRows(tx, table);
  }
  yield `${END_LINE}\n`;
}

async function* tableRows(tx: Executor, table: string): AsyncGenerator<string> {
  await tx.execute(
    sql`declare backup_rows no scroll cursor for select to_json(t)::text as row from ${tableOf(table)} t`,
  );
  for (;;) {
    const batch = await queryRows<{ row: string }>(tx, sql.raw(`fetch forward ${ROWS_PER_FETCH} from backup_rows`));
    if (batch.length === 0) break;
    yield `${batch.map((entry) => entry.row).join('\n')}\n`;
  }
  await tx.execute(sql`close backup_rows`);
}
