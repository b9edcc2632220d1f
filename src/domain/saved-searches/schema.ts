import { z } from 'zod';
import { SEARCH_QUERY_MAX_LENGTH } from '../search/model.ts';
import { SearchQuery } from '../search/schema.ts';

const SavedQueryFields = SearchQuery.pick({
  q: true,
  type: true,
  kind: true,
  country: true,
  province: true,
  sector: true,
  hs: true,
});

/** A kept search must be one the search would take: the same fields and bounds, checked as typed. */
export const SaveSearchRequest = z
  .object({
    name: z.string().trim().min(1).max(80).describe('What to call it in the list'),
    query: z
      .object({
        q: z.string().max(SEARCH_QUERY_MAX_LENGTH).optional(),
        type: z.string().max(100).optional(),
        kind: z.string().max(10).optional(),
        country: z.string().max(100).optional(),
        province: z.string().max(400).optional(),
        sector: z.string().max(120).optional(),
        hs: z.string().max(10).optional(),
      })
      .strict()
      .refine((query) => SavedQueryFields.safeParse(query).success, { message: 'Not a search the platform can run' })
      .refine((query) => Object.values(query).some((value) => value?.trim()), { message: 'An empty search' }),
  })
  .strict();

export const SavedSearchId = z.object({ id: z.uuid() }).strict();

export const SavedSearchView = z.object({
  id: z.string(),
  name: z.string(),
  query: z.record(z.string(), z.string()),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  newItems: z.number().int().describe('Published offers and needs it finds that changed since it was last opened'),
});
export const SavedSearchListView = z.object({ savedSearches: z.array(SavedSearchView) });
