import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../db/client.ts';
import { applyMigrations, openDatabaseStateReader } from '../db/migrate.ts';
import { queryRows } from '../db/query-rows.ts';
import { type BackupManifest, BackupRefused, END_LINE, TableHeader } from './backup-format.ts';
import { openBackup } from './backup-reader.ts';
import { checkMigrationLevel, migrationsFolderUpTo } from './migration-level.ts';
import { censusOf, listTables, listWritableColumns, quoted, tableOf, setCanonicalText } from './table-census.ts';
import { announcePublicDataChange } from '../db/public-data-changes.ts';

/** Rows per insert, and bytes: a batch of attachments is cut by size long before its count. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 8_000_000;

export type RestoreReport = {
  manifest: BackupManifest;
  rows: number;
  migration: { applied: number; tag: string | null };
};

/**
 * Brings a backup into an empty database (or, with `force`, one whose contents it replaces):
 * the schema at the backup's migration level, every row with foreign keys checked once all are
 * in, sequences past the highest id, each table's count and checksum compared with the manifest
 * before the commit, then the migrations written since the backup.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreReport> {
  const { manifest, lines } = await openBackup(file);
  try {
    checkMigrationLevel(manifest);
    await clearTarget(handle.db, options.force ?? false);
    let rows: number;
    try {
      await applyMigrationsUpTo(handle, manifest.migration.applied);
      // Running instances on PostgreSQL drop their copies of public answers when the rows commit.
      rows = await handle.db.transaction(async (tx) => {
        const loaded = await loadRows(tx, manifest, lines);
        await announcePublicDataChange(tx);
        return loaded;
      });
    } catch (error) {
      // The schema is ours, made a moment ago: the database is left as empty as it was found.
      await clearTarget(handle.db, true);
      throw error;
    }
    await applyMigrations(handle);
    const state = await openDatabaseStateReader(handle.db)();
    return { manifest, rows, migration: { applied: state.applied, tag: state.version } };
  } finally {
    await lines.return(undefined);
  }
}

async function applyMigrationsUpTo(handle: DatabaseHandle, applied: number): Promise<void> {
  const folder = migrationsFolderUpTo(applied);
  try {
    await applyMigrations(handle, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** An empty database is cleared of any schema it has; one with rows only when told to. */
async function clearTarget(db: Executor, force: boolean): Promise<void> {
  const tables = await listTables(db);
  const filled = [];
  for (const table of tables) {
    const [row] = await queryRows<{ filled: boolean }>(
      db,
      sql`select exists (select from ${tableOf(table)}) as filled`,
    );
    if (row?.filled) filled.push(table);
  }
  if (filled.length > 0 && !force)
    throw new BackupRefused(
      `The database is not empty (rows in ${filled.length} tables, e.g. ${filled.slice(0, 3).join(', ')}). Restore into an empty database, or pass --force to replace everything in it.`,
    );
  await db.execute(sql`drop schema if exists drizzle cascade`);
  if (tables.length === 0) return;
  await db.execute(sql`drop schema public cascade`);
  await db.execute(sql`create schema public`);
}

async function loadRows(tx: Executor, manifest: BackupManifest, lines: AsyncGenerator<string>): Promise<number> {
  await setCanonicalText(tx);
  const foreignKeys = await dropForeignKeys(tx);
  const present = new Set(await listTables(tx));
  // Migrations may write rows of their own; the backup holds them as they were when it was taken.
  if (present.size > 0) await tx.execute(sql`truncate table ${sql.join([...present].map(tableOf), sql`, `)}`);
  let total = 0;
  for (const expected of manifest.tables) {
    const header = TableHeader.parse(JSON.parse(await nextLine(lines)));
    if (header.table !== expected.table || header.rows !== expected.rows)
      throw new BackupRefused(`The backup's rows of ${header.table} do not match its manifest.`);
    if (!present.has(header.table))
      throw new BackupRefused(`The backup holds table ${header.table}, which its migration level does not create.`);
    const writable = new Set(await listWritableColumns(tx, header.table));
    const unknown = header.columns.filter((column) => !writable.has(column));
    if (unknown.length > 0)
      throw new BackupRefused(
        `The backup's table ${header.table} has columns this schema lacks: ${unknown.join(', ')}.`,
      );
    total += await loadTable(tx, header, lines);
  }
  if ((await nextLine(lines)) !== END_LINE) throw new BackupRefused('The backup goes on after its last table.');
  for (const restore of foreignKeys) await tx.execute(restore);
  await moveSequencesPastRows(tx);
  await compareWithManifest(tx, manifest);
  return total;
}

async function nextLine(lines: AsyncGenerator<string>): Promise<string> {
  const next = await lines.next();
  if (next.done) throw new BackupRefused('The backup ends early: the file is truncated.');
  return next.value;
}

async function loadTable(tx: Executor, header: TableHeader, lines: AsyncGenerator<string>): Promise<number> {
  const columns = sql.join(
    header.columns.map((column) => quoted(column)),
    sql`, `,
  );
  const insert = (batch: string[]) =>
    tx.execute(
      sql`insert into ${tableOf(header.table)} (${columns}) overriding system value
          select ${columns} from json_populate_recordset(null::${tableOf(header.table)}, ${`[${batch.join(',')}]`}::json)`,
    );
  let batch: string[] = [];
  let chars = 0;
  for (let index = 0; index < header.rows; index++) {
    const line = await nextLine(lines);
    batch.push(line);
    chars += line.length;
    if (batch.length < BATCH_ROWS && chars < BATCH_CHARS) continue;
    await insert(batch);
    batch = [];
    chars = 0;
  }
  if (batch.length > 0) await insert(batch);
  return header.rows;
}

/**
 * Drops every foreign key and returns the statements that put them back: rows then load in any
 * order (a table referring to itself included), and adding the keys back checks every reference.
 */
async function dropForeignKeys(tx: Executor) {
  const keys = await queryRows<{ table: string; name: string; definition: string }>(
    tx,
    sql`select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
        from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
  );
  for (const key of keys) await tx.execute(sql`alter table ${sql.raw(key.table)} drop constraint ${quoted(key.name)}`);
  return keys.map(
    (key) => sql`alter table ${sql.raw(key.table)} add constraint ${quoted(key.name)} ${sql.raw(key.definition)}`,
  );
}

/** Serial and identity sequences restart after the highest restored value, so new rows do not collide. */
async function moveSequencesPastRows(tx: Executor): Promise<void> {
  const owned = await queryRows<{ table: string; column: string; sequence: string }>(
    tx,
    sql`select table_name as table, column_name as column, sequence
        from (select table_name, column_name,
                     pg_get_serial_sequence(format('public.%I', table_name), column_name) as sequence
              from information_schema.columns where table_schema = 'public') owned
        where sequence is not null`,
  );
  for (const { table, column, sequence } of owned)
    await tx.execute(
      sql`select setval(${sequence}::regclass, coalesce(max(${quoted(column)}), 0) + 1, false) from ${tableOf(table)}`,
    );
}

async function compareWithManifest(tx: Executor, manifest: BackupManifest): Promise<void> {
  const restored = new Map((await censusOf(tx)).map((census) => [census.table, census]));
  const differing = manifest.tables.filter((expected) => {
    const actual = restored.get(expected.table);
    return actual?.rows !== expected.rows || actual.checksum !== expected.checksum;
  });
  if (differing.length > 0)
    throw new BackupRefused(
      `The restored rows differ from the backup in ${differing.map((census) => census.table).join(', ')}; nothing was kept.`,
    );
}
