import type { RequestContext } from '../../platform/context/request-context.ts';
import { getItem, listPublishedItems } from '../catalogue/read-items.ts';
import type { CatalogueItem } from '../catalogue/model.ts';
import { countryOfProvince } from '../provinces/service.ts';
import { findRelatedItemIds } from '../search/related-items.ts';
import { cargoOf } from './cargo.ts';
import { toMatchable } from './matchable.ts';
import type { Match } from './model.ts';
import { rankMatchesFor } from './rules.ts';
import { createTransitLookups, type DeliveryEstimate } from './transit-lookup.ts';

/** A match seen from one item: the other item, how well they fit and why, and what delivery would take. */
export type ItemMatch = { other: CatalogueItem; match: Match; delivery: DeliveryEstimate | null };

/** More candidates than this (sharing a sector or an HS chapter) are cut, newest first. */
const CANDIDATE_LIMIT = 500;

export const sectorsOf = (codes: readonly string[]) => [...new Set(codes.map((code) => code.split('.')[0]!))];
const chaptersOf = (hsCodes: readonly string[]) => [...new Set(hsCodes.map((code) => code.slice(0, 2)))];

/**
 * The best offers for a need, or needs for an offer, from other provinces: candidates from the
 * search index (same sector or HS chapter), scored by the pure rules with delivery from the
 * transit planner. Computed on each request from the database, so a new item's matches are
 * there as soon as it is written, on every instance.
 */
export async function matchesForItem(
  context: RequestContext,
  itemId: string,
  limit: number,
): Promise<{ item: CatalogueItem; matches: ItemMatch[] }> {
  const item = await getItem(context, itemId);
  const ids = await findRelatedItemIds(context, {
    kind: item.kind === 'need' ? 'offer' : 'need',
    excludeProvinceId: item.provinceId,
    sectors: sectorsOf(item.taxonomyCodes),
    hsChapters: chaptersOf(item.hsCodes),
    limit: CANDIDATE_LIMIT,
  });
  const candidates = await listPublishedItems(context, ids);
  const countryOf = await countryOfProvince(context);
  const delivery = await createTransitLookups(context).lookupFor(cargoOf(item));
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const matches = rankMatchesFor(
    toMatchable(item, countryOf(item.provinceId)),
    candidates.map((candidate) => toMatchable(candidate, countryOf(candidate.provinceId))),
    delivery,
    limit,
  );
  return {
    item,
    matches: matches.map((match) => {
      const other = byId.get(item.kind === 'need' ? match.offerId : match.needId)!;
      const [from, to] =
        item.kind === 'need' ? [other.provinceId, item.provinceId] : [item.provinceId, other.provinceId];
      return { other, match, delivery: delivery(from, to) };
    }),
  };
}

/** Every published item, for the province and secretariat overviews that look at all of them at once. */
export async function loadPublished(context: RequestContext) {
  const [items, countryOf] = await Promise.all([listPublishedItems(context), countryOfProvince(context)]);
  return { items, matchable: items.map((item) => toMatchable(item, countryOf(item.provinceId))) };
}
