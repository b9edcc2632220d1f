import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Exhibitor, ExhibitorFilter } from './model.ts';
import { foldSearchText, SEARCH_FOLD_FROM, SEARCH_FOLD_TO } from './rules.ts';
import { boothAssignments, exhibitors, expoBooths } from './tables.ts';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function whereOf(filter: ExhibitorFilter): SQL | undefined {
  return and(
    eq(exhibitors.expoId, filter.expoId),
    filter.provinceIds
      ? filter.provinceIds.length
        ? inArray(exhibitors.provinceId, filter.provinceIds)
        : sql`false`
      : undefined,
    filter.hsPrefix
      ? sql`exists (select 1 from jsonb_array_elements_text(${exhibitors.hsCodes}) as hs where hs like ${`${filter.hsPrefix}%`})`
      : undefined,
    filter.contactLanguage
      ? sql`${exhibitors.contactLanguages} @> ${JSON.stringify([filter.contactLanguage])}::jsonb`
      : undefined,
    filter.text
      ? sql`translate(lower(${exhibitors.organisation} || ' ' || ${exhibitors.description}::text || ' ' || ${exhibitors.products}::text), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO}) like ${`%${escapeLike(foldSearchText(filter.text))}%`}`
      : undefined,
  );
}

/** Exhibitors and the booths they hold: the only file that queries the exhibitors' table. */
export function createExhibitorsRepository(db: Executor) {
  return {
    async find(id: string): Promise<Exhibitor | null> {
      const [row] = await db.select().from(exhibitors).where(eq(exhibitors.id, id));
      return row ?? null;
    },

    async list(filter: ExhibitorFilter): Promise<{ items: Exhibitor[]; total: number }> {
      const where = whereOf(filter);
      const rows = await db
        .select()
        .from(exhibitors)
        .where(where)
        .orderBy(asc(exhibitors.organisation), asc(exhibitors.id))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ n: count() }).from(exhibitors).where(where);
      return { items: rows, total: total?.n ?? 0 };
    },

    /** Exhibitors with an HS code related to one of these (either a prefix of the other); the rule decides the rest. */
    listSharingHsCodes(expoId: string, hsCodes: readonly string[]): Promise<Exhibitor[]> {
      if (hsCodes.length === 0) return Promise.resolve([]);
      const related = sql.join(
        hsCodes.map((code) => sql`hs like ${`${code}%`} or ${code} like hs || '%'`),
        sql` or `,
      );
      return db
        .select()
        .from(exhibitors)
        .where(
          and(
            eq(exhibitors.expoId, expoId),
            sql`exists (select 1 from jsonb_array_elements_text(${exhibitors.hsCodes}) as hs where ${related})`,
          ),
        );
    },

    listAll(expoId: string): Promise<Exhibitor[]> {
      return db.select().from(exhibitors).where(eq(exhibitors.expoId, expoId)).orderBy(asc(exhibitors.organisation));
    },

    async insert(exhibitor: Omit<Exhibitor, 'id'>): Promise<Exhibitor> {
      const [row] = await db.insert(exhibitors).values(exhibitor).returning();
      return row!;
    },

    async update(id: string, changes: Partial<Omit<Exhibitor, 'id' | 'expoId'>>): Promise<Exhibitor> {
      const [row] = await db.update(exhibitors).set(changes).where(eq(exhibitors.id, id)).returning();
      return row!;
    },

    /** The booth codes each exhibitor holds, for the directory and its pages. */
    async boothsOf(exhibitorIds: readonly string[]): Promise<Map<string, { id: string; code: string }[]>> {
      const result = new Map<string, { id: string; code: string }[]>();
      if (exhibitorIds.length === 0) return result;
      const rows = await db
        .select({ exhibitorId: boothAssignments.exhibitorId, id: expoBooths.id, code: expoBooths.code })
        .from(boothAssignments)
        .innerJoin(expoBooths, eq(expoBooths.id, boothAssignments.boothId))
        .where(inArray(boothAssignments.exhibitorId, [...exhibitorIds]))
        .orderBy(asc(expoBooths.code));
      for (const row of rows)
        result.set(row.exhibitorId, [...(result.get(row.exhibitorId) ?? []), { id: row.id, code: row.code }]);
      return result;
    },
  };
}
