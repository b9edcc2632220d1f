import { z } from 'zod';

/**
 * A backup is one gzip file of JSON lines: this manifest first, then for each table a header line
 * (name, columns, row count) followed by that many rows exactly as PostgreSQL's `to_json` wrote
 * them, and a closing `{"end":true}`, whose absence marks a truncated file. Rows stay PostgreSQL's
 * own text from export to `json_populate_recordset` on restore, never parsed by JavaScript, so
 * numerics, timestamps and bytea come back bit for bit, on PGlite and PostgreSQL alike.
 */
export const BACKUP_FORMAT = 'caspian-bridge-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const TableCensus = z.object({
  table: z.string(),
  rows: z.number().int().min(0),
  /** md5 of the table's rows as text, in the order of their own md5s: the same content, the same sum. */
  checksum: z.string(),
});
export type TableCensus = z.infer<typeof TableCensus>;

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  databaseKind: z.enum(['pglite', 'postgres']),
  migration: z.object({ applied: z.number().int().min(1), tag: z.string() }),
  createdAt: z.string(),
  tables: z.array(TableCensus),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const TableHeader = z.object({ table: z.string(), columns: z.array(z.string()).min(1), rows: z.number().int() });
export type TableHeader = z.infer<typeof TableHeader>;

export const END_LINE = JSON.stringify({ end: true });

/** A file that is not a backup, of a newer format, from newer code or that does not match its manifest. */
export class BackupRefused extends Error {}
