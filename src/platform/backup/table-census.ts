import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/query-rows.ts';
import type { TableCensus } from './backup-format.ts';

/** `"name"`, for a name read from the catalog. */
export const quoted = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);
export const tableOf = (name: string) => sql.raw(`public."${name.replaceAll('"', '""')}"`);

/**
 * Fixes every setting that changes how a row is written as text (time zone, date and interval
 * style, float digits, bytea), so export, checksums and restore read the same on any server.
 * Call first in a transaction.
 */
export async function setCanonicalText(tx: Executor): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
  await tx.execute(sql`set local bytea_output = 'hex'`);
}

/** The platform's tables: every table of the public schema, by name. */
export async function listTables(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename collate "C"`,
  );
  return rows.map((row) => row.name);
}

/** Columns a restore writes, in table order; generated columns are left to the database. */
export async function listWritableColumns(db: Executor, table: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  return rows.map((row) => row.name);
}

/** Row count and content checksum of every table; run inside a transaction after `setCanonicalText`. */
export async function censusOf(tx: Executor): Promise<TableCensus[]> {
  const census: TableCensus[] = [];
  for (const table of await listTables(tx)) {
    const [row] = await queryRows<{ rows: string | number; checksum: string }>(
      tx,
      sql`select count(*)::bigint as rows, md5(coalesce(string_agg(r.h, '' order by r.h collate "C"), '')) as checksum
          from (select md5(t::text) as h from ${tableOf(table)} t) r`,
    );
    census.push({ table, rows: Number(row!.rows), checksum: row!.checksum });
  }
  return census;
}

/** Every table's row count and checksum, read in one snapshot. */
export async function readTableCensus(db: Executor): Promise<TableCensus[]> {
  return db.transaction(async (tx) => {
    await setCanonicalText(tx);
    return censusOf(tx);
  });
}
