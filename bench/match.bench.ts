import { createMatchIndex, matchAll } from '../src/domain/matchmaking/match-index.ts';
import type { Match, MatchableItem } from '../src/domain/matchmaking/model.ts';
import { rankMatchesFor } from '../src/domain/matchmaking/rules.ts';
import {
  createItemGenerator,
  generateItems,
  type MatchWorld,
  readDemoMatchSet,
  readMatchWorld,
} from './support/match-generator.ts';
import { collectGarbage, megabytes, percentile, round, time } from './support/measure.ts';

/**
 * `npm run bench:match`: all matches (top 10 per need) of 10,000 needs × 10,000 offers through the
 * match index (`matchAll`), against ranking every offer for each need (brute force over all pairs,
 * `rankMatchesFor` with every offer) measured in the same run on a sample of needs and extrapolated;
 * the sample's results must be identical both ways. Then the time to have a new item's matches
 * (index.add + rankMatchesFor over index.candidatesFor), p50/p95 over 200 new items, against the
 * target of 100 ms and against ranking every item of the other kind. Last, the demo catalogue's
 * expected cross-language pairs: how many find their offer in the need's top 1, 3 and 10.
 * Generated data from a fixed seed (bench/support/match-generator.ts). The last line is JSON.
 */
const SEED = 20251118;
const NEEDS = Number(process.env.BENCH_NEEDS ?? 10_000);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const LIMIT = 10;
const BRUTE_FORCE_SAMPLE = Math.min(NEEDS, Number(process.env.BENCH_SAMPLE ?? 500));
const NEW_ITEMS = 200;
const UPDATE_TARGET_MS = 100;

let heapPeakBytes = 0;
/** Heap in use now (before any collection), kept as a running maximum at the end of each phase. */
const sampleHeap = () => {
  heapPeakBytes = Math.max(heapPeakBytes, process.memoryUsage().heapUsed);
};

const sameMatches = (a: readonly Match[] | undefined, b: readonly Match[]) =>
  JSON.stringify(a?.map((match) => [match.needId, match.offerId, match.score])) ===
  JSON.stringify(b.map((match) => [match.needId, match.offerId, match.score]));

/** Both paths on a small separate data set first, so neither is measured before the JIT has compiled it. */
function warmUp(world: MatchWorld) {
  const generator = createItemGenerator(world, SEED + 1);
  const needs = generateItems(generator, 'need', 300, 'warm-need');
  const offers = generateItems(generator, 'offer', 2000, 'warm-offer');
  matchAll(needs, offers, world.transitOf, LIMIT);
  for (const need of needs) rankMatchesFor(need, offers, world.transitOf, LIMIT);
}

function measureAllMatches(world: MatchWorld, needs: MatchableItem[], offers: MatchableItem[]) {
  collectGarbage();
  const all = time(() => matchAll(needs, offers, world.transitOf, LIMIT));
  sampleHeap();
  const sample = needs.slice(0, BRUTE_FORCE_SAMPLE);
  const brute = time(() => sample.map((need) => rankMatchesFor(need, offers, world.transitOf, LIMIT)));
  sampleHeap();
  sample.forEach((need, at) => {
    if (!sameMatches(all.value.get(need.id), brute.value[at]!)) {
      throw new Error(`matchAll and brute force differ for ${need.id}`);
    }
  });
  const lists = [...all.value.values()];
  const bruteForceExtrapolatedMs = (brute.ms / sample.length) * needs.length;
  return {
    matchAllMs: round(all.ms, 1),
    bruteForceSampleNeeds: sample.length,
    bruteForceSampleMs: round(brute.ms, 1),
    bruteForceExtrapolatedMs: round(bruteForceExtrapolatedMs, 0),
    ratio: round(bruteForceExtrapolatedMs / all.ms, 1),
    needsWithoutMatch: lists.filter((list) => list.length === 0).length,
    meanTopScore: round(lists.reduce((sum, list) => sum + (list[0]?.score ?? 0), 0) / lists.length),
  };
}

/** A new item: file it and rank its candidates, as the service would in the item's write. */
function measureUpdates(world: MatchWorld, needs: MatchableItem[], offers: MatchableItem[]) {
  const build = time(() => createMatchIndex([...needs, ...offers]));
  const index = build.value;
  sampleHeap();
  const generator = createItemGenerator(world, SEED + 2);
  const fresh = Array.from({ length: NEW_ITEMS }, (_, n) =>
    generator.next(n % 2 === 0 ? 'need' : 'offer', `new-${String(n).padStart(4, '0')}`),
  );
  const update: number[] = [];
  const allOfItem: number[] = [];
  const pruned: number[] = [];
  const bruteForce: number[] = [];
  const candidates: number[] = [];
  const filed = { need: [...needs], offer: [...offers] };
  for (const item of fresh) {
    const added = time(() => {
      index.add(item);
      const found = index.candidatesFor(item);
      candidates.push(found.length);
      return rankMatchesFor(item, found, world.transitOf, LIMIT);
    });
    update.push(added.ms);
    allOfItem.push(
      time(() => rankMatchesFor(item, index.candidatesFor(item), world.transitOf, Number.MAX_SAFE_INTEGER)).ms,
    );
    const fast = time(() => index.topMatchesFor(item, world.transitOf, LIMIT));
    pruned.push(fast.ms);
    filed[item.kind].push(item);
    const everyone = item.kind === 'need' ? filed.offer : filed.need;
    const scan = time(() => rankMatchesFor(item, everyone, world.transitOf, LIMIT));
    bruteForce.push(scan.ms);
    if (!sameMatches(added.value, fast.value) || !sameMatches(added.value, scan.value)) {
      throw new Error(`the three ways to rank ${item.id} differ`);
    }
  }
  sampleHeap();
  const summary = (values: number[]) => ({
    p50Ms: round(percentile(values, 0.5)),
    p95Ms: round(percentile(values, 0.95)),
  });
  return {
    indexBuildMs: round(build.ms, 1),
    indexedItems: index.size,
    meanCandidates: Math.round(candidates.reduce((sum, count) => sum + count, 0) / candidates.length),
    addAndRank: summary(update),
    allMatchesOfItem: summary(allOfItem),
    topMatchesFor: summary(pruned),
    bruteForce: summary(bruteForce),
    targetMs: UPDATE_TARGET_MS,
    targetMet: percentile(update, 0.95) <= UPDATE_TARGET_MS,
  };
}

/** Whether the expected demo pairs rank their offer near the top of the need's list. */
function measureDemoPairs(world: MatchWorld) {
  const { items, pairs } = readDemoMatchSet();
  const needs = items.filter((item) => item.kind === 'need');
  const offers = items.filter((item) => item.kind === 'offer');
  const matches = matchAll(needs, offers, world.transitOf, LIMIT);
  const rankOf = (pair: { need: string; offer: string }) =>
    (matches.get(pair.need) ?? []).findIndex((match) => match.offerId === pair.offer);
  const ranks = pairs.map(rankOf);
  const within = (top: number) => ranks.filter((rank) => rank >= 0 && rank < top).length;
  return {
    pairs: pairs.length,
    top1: within(1),
    top3: within(3),
    top10: within(10),
    missing: pairs.filter((_, at) => ranks[at] === -1).map((pair) => `${pair.need} → ${pair.offer}`),
  };
}

const world = readMatchWorld();
const generation = time(() => {
  const generator = createItemGenerator(world, SEED);
  return { needs: generateItems(generator, 'need', NEEDS), offers: generateItems(generator, 'offer', OFFERS) };
});
const { needs, offers } = generation.value;
warmUp(world);
const all = measureAllMatches(world, needs, offers);
const updates = measureUpdates(world, needs, offers);
const demo = measureDemoPairs(world);
const peakRssMB = round(process.resourceUsage().maxRSS / 1024, 1);

console.log(
  `${NEEDS} needs × ${OFFERS} offers generated in ${Math.round(generation.ms)} ms (seed ${SEED}; ${world.provinces.length} provinces, ${world.nodes.length} subcategories)`,
);
console.log(
  `matchAll, top ${LIMIT} per need: ${all.matchAllMs} ms; brute force over all pairs: ${all.bruteForceSampleMs} ms for a sample of ${all.bruteForceSampleNeeds} needs, extrapolated to ${all.bruteForceExtrapolatedMs} ms for ${NEEDS} — ${all.ratio}× (sample results identical)`,
);
console.log(`needs without any match: ${all.needsWithoutMatch}; mean best score ${all.meanTopScore}`);
console.log(
  `a new item's matches (index.add + rankMatchesFor over candidatesFor, ${updates.meanCandidates} candidates on average, index of ${updates.indexedItems} built in ${updates.indexBuildMs} ms): p50 ${updates.addAndRank.p50Ms} ms, p95 ${updates.addAndRank.p95Ms} ms over ${NEW_ITEMS} new items — target ${UPDATE_TARGET_MS} ms ${updates.targetMet ? 'met' : 'NOT met'}`,
);
console.log(
  `  same item, all its matches (no limit): p50 ${updates.allMatchesOfItem.p50Ms} ms, p95 ${updates.allMatchesOfItem.p95Ms} ms; index.topMatchesFor: p50 ${updates.topMatchesFor.p50Ms} ms, p95 ${updates.topMatchesFor.p95Ms} ms; brute force over every item of the other kind: p50 ${updates.bruteForce.p50Ms} ms, p95 ${updates.bruteForce.p95Ms} ms`,
);
console.log(
  `demo catalogue, expected cross-language pairs (own-language text only): ${demo.top1}/${demo.pairs} first, ${demo.top3} in top 3, ${demo.top10} in top 10${demo.missing.length > 0 ? `; not in top 10: ${demo.missing.join(', ')}` : ''}`,
);
console.log(`peak RSS ${peakRssMB} MB; heap in use, highest at a phase end: ${megabytes(heapPeakBytes)} MB`);
console.log(
  JSON.stringify({
    bench: 'match',
    seed: SEED,
    needs: NEEDS,
    offers: OFFERS,
    limitPerNeed: LIMIT,
    generationMs: round(generation.ms, 1),
    ...all,
    update: updates,
    demoPairs: { ...demo, missing: demo.missing.length },
    peakRssMB,
    heapPeakMB: megabytes(heapPeakBytes),
  }),
);
