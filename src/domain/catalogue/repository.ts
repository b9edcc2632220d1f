import { and, count, desc, eq, inArray, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import { chunksOf, INSERT_CHUNK } from '../../platform/db/chunks.ts';
import type { Executor } from '../../platform/db/client.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import type { CatalogueItem, Currency, ItemFilter, ItemVersion } from './model.ts';
import { normaliseText } from '../../platform/text/normalise-text.ts';
import { catalogueItems, catalogueItemVersions } from './tables.ts';

type ItemRow = typeof catalogueItems.$inferSelect;

function toItem(row: ItemRow): CatalogueItem {
  const { valueMin, valueMax, currency, searchText: _searchText, ...rest } = row;
  return { ...rest, value: currency ? { min: valueMin, max: valueMax, currency: currency as Currency } : null };
}

function toRow(item: CatalogueItem): ItemRow {
  const { value, ...rest } = item;
  return {
    ...rest,
    valueMin: value?.min ?? null,
    valueMax: value?.max ?? null,
    currency: value?.currency ?? null,
    searchText: searchTextOf(item),
  };
}

/** Titles and descriptions in every language, in one normal form, for plain-text filtering. */
function searchTextOf(item: CatalogueItem): string {
  const texts = LOCALES.flatMap((locale) => [item.title[locale], item.description[locale]]).filter(Boolean);
  return normaliseText([...texts, item.organisation?.name ?? ''].join(' \n '));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function filterConditions(filter: ItemFilter): (SQL | undefined)[] {
  const { scope } = filter;
  const visible = scope === null ? undefined : or(eq(catalogueItems.status, 'published'), scopeCondition(scope));
  return [
    inArray(catalogueItems.status, filter.statuses),
    visible,
    filter.provinceIds
      ? inArray(catalogueItems.provinceId, filter.provinceIds.length ? filter.provinceIds : [''])
      : undefined,
    filter.kind ? eq(catalogueItems.kind, filter.kind) : undefined,
    filter.sector
      ? sql`exists (select 1 from jsonb_array_elements_text(${catalogueItems.taxonomyCodes}) as code where code = ${filter.sector} or code like ${`${escapeLike(filter.sector)}.%`})`
      : undefined,
    // An HS chapter finds the headings under it, and a heading finds an item filed by its chapter.
    filter.hsCode
      ? sql`exists (select 1 from jsonb_array_elements_text(${catalogueItems.hsCodes}) as hs where hs like ${`${filter.hsCode}%`} or ${filter.hsCode} like hs || '%')`
      : undefined,
    filter.validOn
      ? and(
          or(isNull(catalogueItems.validFrom), lte(catalogueItems.validFrom, filter.validOn)),
          or(isNull(catalogueItems.validUntil), gte(catalogueItems.validUntil, filter.validOn)),
        )
      : undefined,
    filter.text ? sql`${catalogueItems.searchText} like ${`%${escapeLike(normaliseText(filter.text))}%`}` : undefined,
  ];
}

function scopeCondition(scope: { provinceId?: string; organisation?: string }): SQL {
  if (scope.provinceId) return eq(catalogueItems.provinceId, scope.provinceId);
  return sql`${catalogueItems.organisation}->>'name' = ${scope.organisation ?? ''}`;
}

export function createCatalogueRepository(db: Executor) {
  return {
    async insert(item: CatalogueItem): Promise<CatalogueItem> {
      const [row] = await db.insert(catalogueItems).values(toRow(item)).returning();
      return toItem(row!);
    },

    async insertMany(items: CatalogueItem[]): Promise<void> {
      for (const chunk of chunksOf(items, INSERT_CHUNK)) await db.insert(catalogueItems).values(chunk.map(toRow));
    },

    async insertVersions(versions: ItemVersion[]): Promise<void> {
      for (const chunk of chunksOf(versions, INSERT_CHUNK)) await db.insert(catalogueItemVersions).values(chunk);
    },

    async update(item: CatalogueItem): Promise<CatalogueItem> {
      const { id, ...changes } = toRow(item);
      const [row] = await db.update(catalogueItems).set(changes).where(eq(catalogueItems.id, id)).returning();
      return toItem(row!);
    },

    async find(id: string): Promise<CatalogueItem | null> {
      const [row] = await db.select().from(catalogueItems).where(eq(catalogueItems.id, id));
      return row ? toItem(row) : null;
    },

    async list(filter: ItemFilter): Promise<{ items: CatalogueItem[]; total: number }> {
      const where = and(...filterConditions(filter));
      const rows = await db
        .select()
        .from(catalogueItems)
        .where(where)
        .orderBy(desc(catalogueItems.updatedAt), desc(catalogueItems.id))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db.select({ n: count() }).from(catalogueItems).where(where);
      return { items: rows.map(toItem), total: total?.n ?? 0 };
    },

    /** Published items per sector (the first part of each taxonomy code), each item once per sector. */
    async countPublishedBySector(): Promise<{ sector: string; items: number }[]> {
      const result = await db.execute(sql`
        select split_part(code, '.', 1) as sector, count(distinct ${catalogueItems.id})::int as items
        from ${catalogueItems}, jsonb_array_elements_text(${catalogueItems.taxonomyCodes}) as code
        where ${catalogueItems.status} = 'published'
        group by 1 order by 2 desc, 1`);
      return (result as unknown as { rows: { sector: string; items: number }[] }).rows;
    },

    async insertVersion(version: ItemVersion): Promise<void> {
      await db.insert(catalogueItemVersions).values(version);
    },

    listVersions(itemId: string): Promise<ItemVersion[]> {
      return db
        .select()
        .from(catalogueItemVersions)
        .where(eq(catalogueItemVersions.itemId, itemId))
        .orderBy(desc(catalogueItemVersions.version));
    },

    async deleteDemoItems(): Promise<string[]> {
      const deleted = await db
        .delete(catalogueItems)
        .where(eq(catalogueItems.isDemo, true))
        .returning({ id: catalogueItems.id });
      return deleted.map((row) => row.id);
    },

    /** Published items, all of them or those with the given ids. */
    async listPublished(ids?: readonly string[]): Promise<CatalogueItem[]> {
      if (ids?.length === 0) return [];
      const published = eq(catalogueItems.status, 'published');
      const rows = await db
        .select()
        .from(catalogueItems)
        .where(ids ? and(published, inArray(catalogueItems.id, [...ids])) : published);
      return rows.map(toItem);
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
