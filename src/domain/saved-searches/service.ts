import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { SearchQuery, searchRequestOf } from '../search/schema.ts';
import { search } from '../search/search.ts';
import { SAVED_SEARCHES_PER_USER, type SavedQuery } from './model.ts';
import { createSavedSearchesRepository, type SavedSearchRow } from './repository.ts';

const repositoryOf = (context: RequestContext) => createSavedSearchesRepository(context.db, context.actor!.userId);

/** Keeps a search for the signed-in person; what is new for it is counted from now on. */
export async function saveSearch(context: WriteContext, name: string, query: SavedQuery): Promise<SavedSearchRow> {
  const repo = repositoryOf(context);
  if ((await repo.count()) >= SAVED_SEARCHES_PER_USER)
    throw new AppError('saved_searches_full', { max: SAVED_SEARCHES_PER_USER });
  return repo.insert({ name, query, createdAt: context.now, lastSeenAt: context.now });
}

/** The person's kept searches, each with how many published items are new for it since they last opened it. */
export async function listSavedSearches(context: RequestContext) {
  const counted = [];
  for (const row of await repositoryOf(context).list())
    counted.push({ ...row, newItems: await countNewItems(context, row) });
  return counted;
}

async function countNewItems(context: RequestContext, row: SavedSearchRow): Promise<number> {
  const parsed = SearchQuery.safeParse({ ...row.query, limit: 1 });
  // A kept search the platform can no longer run (a retired sector) finds nothing new.
  if (!parsed.success) return 0;
  const request = { ...searchRequestOf(parsed.data), types: ['item' as const], changedSince: row.lastSeenAt };
  const answer = await search(context, request);
  return answer.facets.type.find((facet) => facet.value === 'item')?.count ?? 0;
}

/** Opening a kept search marks what it found as seen. */
export async function markSavedSearchSeen(context: WriteContext, id: string): Promise<SavedSearchRow> {
  const row = await repositoryOf(context).markSeen(id, context.now);
  if (!row) throw new AppError('saved_search_not_found', { id });
  return row;
}

export async function deleteSavedSearch(context: WriteContext, id: string): Promise<void> {
  if (!(await repositoryOf(context).delete(id))) throw new AppError('saved_search_not_found', { id });
}
