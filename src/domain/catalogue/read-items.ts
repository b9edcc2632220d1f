import type { z } from 'zod';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can, draftScopeOf, requirePermission } from '../../platform/identity/permissions.ts';
import { listProvinces } from '../provinces/service.ts';
import type { CatalogueItem, ItemFilter, ItemVersion } from './model.ts';
import { createCatalogueRepository } from './repository.ts';
import { itemTargetOf } from './rules.ts';
import type { ItemQuery as ItemQuerySchema } from './schema.ts';

/** The list's filters as the API edge has parsed them. */
export type ItemQuery = z.output<typeof ItemQuerySchema>;

function isVisibleTo(actor: Actor | null, item: CatalogueItem): boolean {
  return item.status === 'published' || can(actor, 'item.write', itemTargetOf(item));
}

/** Unpublished items answer 404, not 403, so that their existence does not leak either. */
export async function getItem(context: RequestContext, id: string): Promise<CatalogueItem> {
  const item = await createCatalogueRepository(context.db).find(id);
  if (!item || !isVisibleTo(context.actor, item)) throw new AppError('item_not_found', { id });
  return item;
}

export async function getItemHistory(context: RequestContext, id: string): Promise<ItemVersion[]> {
  const item = await getItem(context, id);
  requirePermission(context.actor, 'item.write', itemTargetOf(item));
  return createCatalogueRepository(context.db).listVersions(id);
}

export async function listItems(
  context: RequestContext,
  query: ItemQuery,
): Promise<{ items: CatalogueItem[]; total: number }> {
  const scope = draftScopeOf(context.actor);
  const statuses = scope === 'none' ? ['published' as const] : (query.status ?? ['published' as const]);
  const filter: ItemFilter = {
    provinceIds: await provinceIdsFor(context, query),
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
  return createCatalogueRepository(context.db).list(filter);
}

/** Countries are a filter on provinces: the catalogue never reads the provinces' tables itself. */
async function provinceIdsFor(context: RequestContext, query: ItemQuery): Promise<string[] | undefined> {
  if (!query.country) return query.province;
  const inCountries = (await listProvinces(context))
    .filter((province) => query.country!.includes(province.countryCode))
    .map((province) => province.id);
  return query.province ? inCountries.filter((id) => query.province!.includes(id)) : inCountries;
}

export function countPublishedBySector(context: RequestContext) {
  return createCatalogueRepository(context.db).countPublishedBySector();
}

/** Published items, for matchmaking: all of them, or those with the given ids. */
export function listPublishedItems(context: RequestContext, ids?: readonly string[]): Promise<CatalogueItem[]> {
  return createCatalogueRepository(context.db).listPublished(ids);
}
