import type { z } from 'zod';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can, draftScopeOf } from '../accounts/permissions.ts';
import { listProvinces } from '../provinces/service.ts';
import type { CatalogueItem, ItemFilter, ItemVersion } from './model.ts';
import { createCatalogueRepository } from './repository.ts';
import type { ItemQuery as ItemQuerySchema } from './schema.ts';

/** The list's filters as the API edge has parsed them. */
export type ItemQuery = z.output<typeof ItemQuerySchema>;

function isVisibleTo(actor: Actor | null, item: CatalogueItem): boolean {
  return (
    item.status === 'published' ||
    can(actor, 'item.write', { provinceId: item.provinceId, organisation: item.organisation?.name ?? null })
  );
}

/** Unpublished items answer 404, not 403, so that their existence does not leak either. */
export async function getItem(db: Executor, actor: Actor | null, id: string): Promise<CatalogueItem> {
  const item = await createCatalogueRepository(db).find(id);
  if (!item || !isVisibleTo(actor, item)) throw new AppError('item_not_found', { id });
  return item;
}

export async function getItemHistory(db: Executor, actor: Actor | null, id: string): Promise<ItemVersion[]> {
  const item = await getItem(db, actor, id);
  if (!can(actor, 'item.write', { provinceId: item.provinceId, organisation: item.organisation?.name ?? null }))
    throw new AppError('forbidden');
  return createCatalogueRepository(db).listVersions(id);
}

export async function listItems(
  db: Executor,
  actor: Actor | null,
  query: ItemQuery,
): Promise<{ items: CatalogueItem[]; total: number }> {
  const scope = draftScopeOf(actor);
  const statuses = scope === 'none' ? ['published' as const] : (query.status ?? ['published' as const]);
  const filter: ItemFilter = {
    provinceIds: await provinceIdsFor(db, query),
    kind: query.kind,
    sector: query.sector,
    hsCode: query.hs,
    validOn: query.validOn,
    text: query.q,
    statuses,
    scope: scope === 'none' ? { provinceId: '' } : scope,
    limit: query.limit,
    offset: query.offset,
  };
  return createCatalogueRepository(db).list(filter);
}

/** Countries are a filter on provinces: the catalogue never reads the provinces' tables itself. */
async function provinceIdsFor(db: Executor, query: ItemQuery): Promise<string[] | undefined> {
  if (!query.country) return query.province;
  const inCountries = (await listProvinces(db))
    .filter((province) => query.country!.includes(province.countryCode))
    .map((province) => province.id);
  return query.province ? inCountries.filter((id) => query.province!.includes(id)) : inCountries;
}

export function countPublishedBySector(db: Executor) {
  return createCatalogueRepository(db).countPublishedBySector();
}
