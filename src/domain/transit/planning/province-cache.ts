import type { RequestContext } from '../../../platform/context/request-context.ts';
import type { CargoType } from '../model.ts';
import { loadNetwork, type LoadedNetwork } from '../network/network.ts';
import { planRoutes } from '../routing/plan-routes.ts';
import { provinceNodeIds, summariseRouting, type CachedProvinceTransit } from './province-transit.ts';
import { createTransitRepository } from '../repository.ts';
import { AppError } from '../../../platform/errors/app-error.ts';

type Pair = { fromProvinceId: string; toProvinceId: string };

function viewOf(pair: Pair, cargo: CargoType, networkVersion: number, answer: CachedProvinceTransit) {
  return answer.routeFound
    ? {
        ...pair,
        cargo,
        networkVersion,
        routeFound: true,
        fastest: answer.fastest,
        cheapest: answer.cheapest,
        routeCount: answer.routeCount,
        blockedLegs: [],
      }
    : {
        ...pair,
        cargo,
        networkVersion,
        routeFound: false,
        fastest: null,
        cheapest: null,
        routeCount: 0,
        blockedLegs: answer.blockedLegs,
      };
}

/** Baseline routing between two provinces, in the month with no seasonal closures in force (the baseline has none). */
function computeAnswer(loaded: LoadedNetwork, pair: Pair, cargo: CargoType): CachedProvinceTransit {
  const query = {
    originNodeIds: provinceNodeIds(loaded.network.nodes, pair.fromProvinceId),
    destinationNodeIds: provinceNodeIds(loaded.network.nodes, pair.toProvinceId),
    cargo,
    month: 1,
  };
  return summariseRouting(planRoutes(loaded.network, loaded.parameters, [], query));
}

/**
 * Answers from the cache when it holds an answer for the current network version; otherwise
 * computes the missing ones and stores them, unless the network changed meanwhile (then the
 * answers are returned but not cached under a version they may not belong to).
 */
async function answerPairs(context: RequestContext, pairs: Pair[], cargo: CargoType) {
  const repo = createTransitRepository(context.db);
  const version = await repo.networkVersion();
  const cached = new Map(
    (await repo.listCached(cargo, version)).map((row) => [`${row.fromProvinceId}>${row.toProvinceId}`, row.answer]),
  );
  const missing = pairs.filter((pair) => !cached.has(`${pair.fromProvinceId}>${pair.toProvinceId}`));
  if (missing.length > 0) {
    const loaded = await loadNetwork(context);
    const computed = missing.map((pair) => ({
      ...pair,
      cargo,
      networkVersion: loaded.version,
      answer: computeAnswer(loaded, pair, cargo),
      computedAt: context.now,
    }));
    if (loaded.version === version && (await repo.networkVersion()) === version) await repo.storeCached(computed);
    for (const row of computed) cached.set(`${row.fromProvinceId}>${row.toProvinceId}`, row.answer);
  }
  return pairs.map((pair) => viewOf(pair, cargo, version, cached.get(`${pair.fromProvinceId}>${pair.toProvinceId}`)!));
}

async function provincesOnNetwork(context: RequestContext): Promise<string[]> {
  const nodes = await createTransitRepository(context.db).listNodes();
  return [...new Set(nodes.map((node) => node.provinceId).filter((id): id is string => id !== null))].sort();
}

export async function provinceTransit(
  context: RequestContext,
  fromProvinceId: string,
  toProvinceId: string,
  cargo: CargoType,
) {
  const provinces = await provincesOnNetwork(context);
  for (const id of [fromProvinceId, toProvinceId])
    if (!provinces.includes(id)) throw new AppError('transit_place_not_found', { place: id });
  const [view] = await answerPairs(context, [{ fromProvinceId, toProvinceId }], cargo);
  return view!;
}

export async function provinceMatrix(context: RequestContext, cargo: CargoType) {
  const provinces = await provincesOnNetwork(context);
  const pairs = provinces.flatMap((fromProvinceId) =>
    provinces.filter((id) => id !== fromProvinceId).map((toProvinceId) => ({ fromProvinceId, toProvinceId })),
  );
  const views = await answerPairs(context, pairs, cargo);
  return {
    cargo,
    networkVersion: views[0]?.networkVersion ?? (await createTransitRepository(context.db).networkVersion()),
    pairs: views,
  };
}
