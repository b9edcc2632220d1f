import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { queryRows } from '../../platform/db/query-rows.ts';
import { toTextArray } from './repository.ts';

export type RelatedItemsQuery = {
  kind: 'offer' | 'need';
  /** Items of this province are left out: a province does not partner with itself. */
  excludeProvinceId: string;
  sectors: readonly string[];
  hsChapters: readonly string[];
  limit: number;
};

/**
 * Published items of one kind, in other provinces, that share a sector or an HS chapter: the
 * candidates matchmaking scores. Read from the search index, which every write keeps current in
 * its own transaction, so every instance sees the same candidates at once.
 */
export async function findRelatedItemIds(context: RequestContext, query: RelatedItemsQuery): Promise<string[]> {
  if (query.sectors.length === 0 && query.hsChapters.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    context.db,
    sql`select d.id from search_documents d
        where d.type = 'item' and d.kind = ${query.kind} and d.province_id <> ${query.excludeProvinceId}
          and (d.taxonomy_codes && ${toTextArray(query.sectors)}
               or exists (select 1 from unnest(d.hs_codes) hs where left(hs, 2) = any(${toTextArray(query.hsChapters)})))
        order by d.updated_at desc, d.id
        limit ${query.limit}`,
  );
  return rows.map((row) => row.id);
}
