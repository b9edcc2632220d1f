import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { CatalogueItem } from '../catalogue/model.ts';
import { provinceExists } from '../provinces/service.ts';
import { cargoOf } from './cargo.ts';
import { loadPublished, sectorsOf } from './find-matches.ts';
import { createMatchIndex } from './match-index.ts';
import type { Match, MatchableItem } from './model.ts';
import { createTransitLookups, type DeliveryEstimate, type DeliveryLookup } from './transit-lookup.ts';

/** A need whose best offer scores below this has no real match: a gap for the summit's panels. */
export const GAP_THRESHOLD = 0.45;
const MATCHES_PER_ITEM = 5;
const PAIRS_PER_PARTNER = 3;

export type MatchedPair = { own: CatalogueItem; other: CatalogueItem; match: Match; delivery: DeliveryEstimate | null };
export type Partner = { provinceId: string; score: number; matchCount: number; pairs: MatchedPair[] };

/**
 * The provinces whose offers and needs fit a province's best, for its delegation: every match of
 * its published items, grouped by the other province, best first.
 */
export async function recommendedPartners(context: RequestContext, provinceId: string): Promise<Partner[]> {
  if (!(await provinceExists(context, provinceId))) throw new AppError('province_not_found', { id: provinceId });
  const published = await loadPublished(context);
  const own = published.matchable.filter((item) => item.provinceId === provinceId);
  const pairs = await bestPairs(context, published, own);
  const byProvince = new Map<string, MatchedPair[]>();
  for (const pair of pairs) {
    const list = byProvince.get(pair.other.provinceId) ?? [];
    list.push(pair);
    byProvince.set(pair.other.provinceId, list);
  }
  return [...byProvince.entries()]
    .map(([partnerId, list]) => {
      const sorted = [...list].sort((a, b) => b.match.score - a.match.score);
      return {
        provinceId: partnerId,
        score: sorted[0]!.match.score,
        matchCount: sorted.length,
        pairs: sorted.slice(0, PAIRS_PER_PARTNER),
      };
    })
    .sort((a, b) => b.score - a.score || b.matchCount - a.matchCount || a.provinceId.localeCompare(b.provinceId));
}

export type NeedCoverage = { need: CatalogueItem; best: MatchedPair | null };

/**
 * Every published need with its best offer, weakest first: the needs without a real match are
 * what the summit's panels should discuss. For the secretariat.
 */
export async function needCoverage(context: RequestContext): Promise<{ needs: NeedCoverage[]; threshold: number }> {
  requirePermission(context.actor, 'dashboard.read');
  const published = await loadPublished(context);
  const needs = published.matchable.filter((item) => item.kind === 'need');
  const pairs = await bestPairs(context, published, needs, 1);
  const bestByNeed = new Map(pairs.map((pair) => [pair.own.id, pair]));
  const byId = new Map(published.items.map((item) => [item.id, item]));
  const coverage = needs.map((need) => ({ need: byId.get(need.id)!, best: bestByNeed.get(need.id) ?? null }));
  coverage.sort(
    (a, b) => (a.best?.match.score ?? -1) - (b.best?.match.score ?? -1) || a.need.id.localeCompare(b.need.id),
  );
  return { needs: coverage, threshold: GAP_THRESHOLD };
}

/** The best matches of each of `own` among all published items, through one index, with delivery per cargo. */
async function bestPairs(
  context: RequestContext,
  published: { items: CatalogueItem[]; matchable: MatchableItem[] },
  own: readonly MatchableItem[],
  perItem = MATCHES_PER_ITEM,
): Promise<MatchedPair[]> {
  const byId = new Map(published.items.map((item) => [item.id, item]));
  const index = createMatchIndex(published.matchable);
  const lookups = createTransitLookups(context);
  const lookupOf = new Map<string, DeliveryLookup>();
  for (const item of own) {
    const cargo = cargoOf(item);
    if (!lookupOf.has(String(cargo))) lookupOf.set(String(cargo), await lookups.lookupFor(cargo));
  }
  return own.flatMap((item) => {
    const delivery = lookupOf.get(String(cargoOf(item)))!;
    return index.topMatchesFor(item, delivery, perItem).map((match) => {
      const otherId = item.kind === 'need' ? match.offerId : match.needId;
      const other = byId.get(otherId)!;
      const [from, to] =
        item.kind === 'need' ? [other.provinceId, item.provinceId] : [item.provinceId, other.provinceId];
      return { own: byId.get(item.id)!, other, match, delivery: delivery(from, to) };
    });
  });
}

/** Needs per sector and how many of them have no real match, for the overview's table. */
export function gapsBySector(coverage: readonly NeedCoverage[], threshold: number) {
  const sectors = new Map<string, { sector: string; needs: number; unmatched: number }>();
  for (const { need, best } of coverage) {
    for (const sector of sectorsOf(need.taxonomyCodes)) {
      const row = sectors.get(sector) ?? { sector, needs: 0, unmatched: 0 };
      row.needs++;
      if (!best || best.match.score < threshold) row.unmatched++;
      sectors.set(sector, row);
    }
  }
  return [...sectors.values()].sort((a, b) => b.unmatched - a.unmatched || a.sector.localeCompare(b.sector));
}
