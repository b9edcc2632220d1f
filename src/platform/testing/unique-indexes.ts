import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

/** A unique index or constraint of the schema: its table, the columns it covers, and which rows it holds. */
export type UniqueIndex = {
  name: string;
  table: string;
  columns: string[];
  /** Every column of the table but its primary key's (all of them for the primary key itself). */
  rowColumns: string[];
  rowFilter: string;
};

/**
 * Every unique index of the public schema, read from the catalog so a new one is covered without
 * anyone listing it. An expression index (`lower(email)`) covers the columns its definition names;
 * `rowFilter` keeps rows that the index holds (its partial predicate) with no null key.
 */
export async function catalogueUniqueIndexes(db: Database): Promise<UniqueIndex[]> {
  const result = await db.execute(sql`
    select index_class.relname as name, table_class.relname as "table",
      pg_get_indexdef(i.indexrelid) as definition,
      pg_get_expr(i.indpred, i.indrelid) as predicate,
      array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality as k(attnum, n)
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n) as key_columns,
      array(select a.attname::text from pg_attribute a
            where a.attrelid = i.indrelid and a.attnum > 0 and not a.attisdropped) as table_columns,
      array(select a.attname::text from pg_index p join pg_attribute a on a.attrelid = p.indrelid
            and a.attnum = any(p.indkey::int2[]) where p.indrelid = i.indrelid and p.indisprimary) as primary_columns,
      i.indisprimary as is_primary
    from pg_index i
    join pg_class index_class on index_class.oid = i.indexrelid
    join pg_class table_class on table_class.oid = i.indrelid
    join pg_namespace ns on ns.oid = table_class.relnamespace
    where i.indisunique and ns.nspname = 'public' and table_class.relname not like '\\_\\_%'
    order by table_class.relname, index_class.relname`);
  type Row = {
    name: string;
    table: string;
    definition: string;
    predicate: string | null;
    key_columns: string[];
    table_columns: string[];
    primary_columns: string[];
    is_primary: boolean;
  };
  return (result as unknown as { rows: Row[] }).rows.map((row) => {
    const expressionColumns = row.table_columns.filter((column) =>
      new RegExp(`\\b${column}\\b`).test(row.definition.slice(row.definition.indexOf('('))),
    );
    const columns = row.key_columns.length > 0 ? row.key_columns : expressionColumns;
    const notNull = columns.map((column) => `"${column}" is not null`);
    return {
      name: row.name,
      table: row.table,
      columns,
      rowColumns: row.is_primary
        ? row.table_columns
        : row.table_columns.filter((column) => !row.primary_columns.includes(column)),
      rowFilter: [...notNull, ...(row.predicate ? [`(${row.predicate})`] : [])].join(' and '),
    };
  });
}
