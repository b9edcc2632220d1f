import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ItemKind, Quantity, QuantityUnit } from '../../src/domain/catalogue/model.ts';
import type { MatchableItem, TransitEstimate, TransitLookup } from '../../src/domain/matchmaking/model.ts';
import { wordKeysOf } from '../../src/domain/search/rules.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';
import { latinKey } from '../../src/platform/text/latin-key.ts';
import { seededRandom } from '../../src/platform/random/seeded-random.ts';

/**
 * Offers and needs for the matchmaking benchmark, from the reference data: the 12 provinces of
 * seed/reference/provinces.json, the taxonomy of seed/reference/taxonomy.json with its HS chapters,
 * and each node's curated words (seed/taxonomy/keywords.json) as spelling keys. Each item also
 * carries common trade words (a few are in most items, as in real text) and rare ones.
 */
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(projectRoot, path), 'utf8')) as T;

type TaxonomyFile = {
  sectors: { id: string; subcategories: { id: string; hs_chapters?: string[] }[] }[];
};
type ProvincesFile = { provinces: { id: string; country: string }[] };
type KeywordsFile = { nodes: Record<string, Partial<Record<Locale | '_review', string[]>>> };

const LANGUAGE_OF_COUNTRY: Record<string, Locale> = { IR: 'fa', RU: 'ru', AZ: 'az', KZ: 'kk', TM: 'tk' };

/** Rough centres (degrees), for a plausible transit table; not the planner's figures. */
const PROVINCE_CENTRES: Record<string, [number, number]> = {
  gilan: [37.3, 49.6],
  mazandaran: [36.5, 52.5],
  golestan: [37.0, 54.5],
  hormozgan: [27.2, 56.3],
  'sistan-baluchestan': [29.5, 60.9],
  astrakhan: [46.3, 48.0],
  dagestan: [42.9, 47.5],
  kalmykia: [46.3, 44.3],
  lankaran: [38.75, 48.85],
  neftchala: [39.4, 49.25],
  mangystau: [43.65, 51.2],
  balkan: [39.5, 54.4],
};
/** Countries with a direct crossing (land or a Caspian ferry line); others cross two borders. */
const NEIGHBOURS = new Set(['AZ-IR', 'AZ-RU', 'IR-TM', 'KZ-RU', 'KZ-TM', 'AZ-KZ', 'AZ-TM', 'IR-RU', 'IR-KZ']);
/** Pairs the table says have no route, so that case is exercised too. */
const NO_ROUTE = new Set(['sistan-baluchestan>kalmykia', 'kalmykia>sistan-baluchestan']);

export type Province = { id: string; country: string; language: Locale };
type Node = { code: string; hsChapters: readonly string[]; words: Partial<Record<Locale, string[]>> };

export type MatchWorld = {
  provinces: Province[];
  /** Subcategory codes ('sector.subcategory') with their HS chapters and word keys per language. */
  nodes: Node[];
  transitOf: TransitLookup;
  transitTable: Map<string, TransitEstimate | null>;
};

export function readMatchWorld(): MatchWorld {
  const provinces = readJson<ProvincesFile>('seed/reference/provinces.json').provinces.map((province) => ({
    id: province.id,
    country: province.country,
    language: LANGUAGE_OF_COUNTRY[province.country] ?? 'en',
  }));
  const keywords = readJson<KeywordsFile>('seed/taxonomy/keywords.json').nodes;
  const wordsOf = (code: string) =>
    Object.fromEntries(
      Object.entries(keywords[code] ?? {})
        .filter(([language]) => language !== '_review')
        .map(([language, terms]) => [language, [...new Set(terms.flatMap(wordKeysOf))]]),
    );
  const nodes = readJson<TaxonomyFile>('seed/reference/taxonomy.json').sectors.flatMap((sector) =>
    sector.subcategories.map((sub) => ({
      code: `${sector.id}.${sub.id}`,
      hsChapters: sub.hs_chapters ?? [],
      words: wordsOf(`${sector.id}.${sub.id}`),
    })),
  );
  const transitTable = buildTransitTable(provinces);
  const transitOf: TransitLookup = (from, to) => transitTable.get(`${from}>${to}`) ?? null;
  return { provinces, nodes, transitOf, transitTable };
}

function buildTransitTable(provinces: readonly Province[]): Map<string, TransitEstimate | null> {
  const table = new Map<string, TransitEstimate | null>();
  for (const from of provinces) {
    for (const to of provinces) {
      if (from.id === to.id) continue;
      const key = `${from.id}>${to.id}`;
      if (NO_ROUTE.has(key)) {
        table.set(key, { hours: 0, usdPerTonne: 0, borders: 0, co2KgPerTonne: 0, routeFound: false });
        continue;
      }
      const km = 1.3 * distanceKm(centreOf(from.id), centreOf(to.id));
      const pair = [from.country, to.country].sort().join('-');
      const borders = from.country === to.country ? 0 : NEIGHBOURS.has(pair) ? 1 : 2;
      table.set(key, {
        hours: Math.round(km / 30 + 24 * borders + 12),
        usdPerTonne: Math.round(0.045 * km + 15 * borders + 8),
        borders,
        co2KgPerTonne: Math.round(0.035 * km),
        routeFound: true,
      });
    }
  }
  return table;
}

function centreOf(provinceId: string): [number, number] {
  const centre = PROVINCE_CENTRES[provinceId];
  if (!centre) throw new Error(`no centre for province ${provinceId}: add it to PROVINCE_CENTRES`);
  return centre;
}

function distanceKm([latA, lonA]: [number, number], [latB, lonB]: [number, number]): number {
  const radians = Math.PI / 180;
  const h =
    Math.sin(((latB - latA) * radians) / 2) ** 2 +
    Math.cos(latA * radians) * Math.cos(latB * radians) * Math.sin(((lonB - lonA) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const SYLLABLES =
  'ba be bi bo da de di do ga ge gi ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to za ze zu'.split(
    ' ',
  );
const UNITS: readonly QuantityUnit[] = ['t', 't', 't', 'kg', 'teu', 'm3'];
const EPOCH_DAY = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

export type ItemGenerator = { next(kind: ItemKind, id: string): MatchableItem };

/**
 * A seeded stream of items. Common words are drawn with a long head over 400 words (rank ∝ r²: the
 * commonest is in about a quarter of the items, as 'export' or 'port' would be); rare words come from 20,000.
 */
export function createItemGenerator(world: MatchWorld, seed: number): ItemGenerator {
  const random = seededRandom(seed);
  const integer = (below: number) => Math.floor(random() * below);
  const pick = <T>(values: readonly T[]): T => values[integer(values.length)]!;
  const pseudoWord = () => latinKey(Array.from({ length: 2 + integer(3) }, () => pick(SYLLABLES)).join(''));
  const commonWords = Array.from({ length: 400 }, pseudoWord);
  const rareWords = Array.from({ length: 20_000 }, pseudoWord);
  const commonWord = () => commonWords[Math.floor(commonWords.length * random() ** 2)]!;

  const hsCodeIn = (chapter: string) => {
    const heading = `${chapter}${String(1 + integer(12)).padStart(2, '0')}`;
    const precision = random();
    if (precision < 0.3) return chapter;
    return precision < 0.7 ? heading : `${heading}${String(10 + integer(10))}`;
  };

  return {
    next(kind, id) {
      const province = pick(world.provinces);
      const node = pick(world.nodes);
      const sector = node.code.slice(0, node.code.indexOf('.'));
      const second = random() < 0.2 ? pick(world.nodes.filter((other) => other.code.startsWith(`${sector}.`))) : null;
      const sectorOnly = random() < 0.1;
      const language = random() < 0.15 ? 'en' : province.language;
      const topicWords = node.words[language] ?? node.words.en ?? [];
      const textKeys = new Set<string>();
      for (let n = 2 + integer(4); n > 0 && topicWords.length > 0; n--) textKeys.add(pick(topicWords));
      for (let n = 4 + integer(5); n > 0; n--) textKeys.add(commonWord());
      for (let n = 1 + integer(3); n > 0; n--) textKeys.add(pick(rareWords));
      const start = random() < 0.5 ? null : EPOCH_DAY + integer(365) * DAY_MS;
      const end =
        start === null
          ? random() < 0.3
            ? EPOCH_DAY + (200 + integer(500)) * DAY_MS
            : null
          : start + (30 + integer(335)) * DAY_MS;
      const firstMonth = 1 + integer(12);
      return {
        id,
        kind,
        provinceId: province.id,
        countryCode: province.country,
        language,
        taxonomyCodes: sectorOnly ? [sector] : [node.code, ...(second && second !== node ? [second.code] : [])],
        hsCodes:
          node.hsChapters.length === 0
            ? []
            : [...new Set(Array.from({ length: integer(3) }, () => hsCodeIn(pick(node.hsChapters))))],
        textKeys: [...textKeys],
        quantity: random() < 0.3 ? null : quantity(random, pick(UNITS)),
        seasonMonths:
          random() < 0.7
            ? []
            : Array.from({ length: 2 + integer(5) }, (_, month) => ((firstMonth + month - 1) % 12) + 1),
        validFrom: start === null ? null : isoDate(start),
        validUntil: end === null ? null : isoDate(end),
        contactLanguages: [
          province.language,
          ...(random() < 0.5 ? (['en'] as const) : []),
          ...(random() < 0.3 && province.language !== 'ru' ? (['ru'] as const) : []),
        ],
        updatedAt: new Date(EPOCH_DAY - integer(365) * DAY_MS),
      };
    },
  };
}

/** Amounts spread over four orders of magnitude. */
function quantity(random: () => number, unit: QuantityUnit): Quantity {
  return { amount: Math.round(10 ** (1 + 3 * random())), unit, period: random() < 0.5 ? 'year' : 'once' };
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateItems(
  generator: ItemGenerator,
  kind: ItemKind,
  count: number,
  prefix: string = kind,
): MatchableItem[] {
  return Array.from({ length: count }, (_, index) =>
    generator.next(kind, `${prefix}-${String(index).padStart(6, '0')}`),
  );
}

type DemoFile = {
  items: {
    id: string;
    kind: ItemKind;
    provinceId: string;
    language: Locale;
    title: string;
    description: string;
    taxonomy: string[];
    hsCodes?: string[];
    quantity?: Quantity;
    seasonMonths?: number[];
    validFrom: string | null;
    validUntil: string | null;
    contactLanguages: Locale[];
  }[];
};

/**
 * The demo catalogue (seed/demo/items.json) as matchable items, from each item's own language only
 * (no translations), and the need–offer pairs a good matchmaker should connect (match-pairs.json).
 */
export function readDemoMatchSet(): { items: MatchableItem[]; pairs: { need: string; offer: string }[] } {
  const items = readJson<DemoFile>('seed/demo/items.json').items.map(
    (item): MatchableItem => ({
      id: item.id,
      kind: item.kind,
      provinceId: item.provinceId,
      countryCode: null,
      language: item.language,
      taxonomyCodes: item.taxonomy.map((code) => code.replace('/', '.')),
      hsCodes: item.hsCodes ?? [],
      textKeys: wordKeysOf(`${item.title} ${item.description}`),
      quantity: item.quantity ?? null,
      seasonMonths: item.seasonMonths ?? [],
      validFrom: item.validFrom,
      validUntil: item.validUntil,
      contactLanguages: item.contactLanguages,
      updatedAt: new Date(EPOCH_DAY),
    }),
  );
  const pairs = readJson<{ pairs: { need: string; offer: string }[] }>('seed/demo/match-pairs.json').pairs;
  return { items, pairs };
}
