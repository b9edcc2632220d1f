import { readFileSync } from 'node:fs';
import type { WriteContext } from '../src/platform/context/request-context.ts';
import type { LocalizedText } from '../src/platform/i18n/localized-text.ts';
import { LOCALES, type Locale } from '../src/platform/i18n/locales.ts';
import { listPorts, listProvinces } from '../src/domain/provinces/service.ts';
import { replacePlaceTerms, replaceThesaurus, storeTaxonomyTerms } from '../src/domain/search/terms.ts';
import { loadNetwork } from '../src/domain/transit/network/network.ts';

type NodeKeywords = Partial<Record<Locale, string[]>> & { _review?: Partial<Record<Locale, string>> };
export type TaxonomyKeywords = { nodes: Record<string, NodeKeywords> };
type ThesaurusGroup = NodeKeywords & { id: string; nodes: string[] };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export const loadTaxonomyKeywords = () => readJson<TaxonomyKeywords>('./taxonomy/keywords.json');
const loadThesaurus = () => readJson<{ groups: ThesaurusGroup[] }>('./taxonomy/thesaurus.json').groups;

/** One entry's words per language, flagged where a native speaker should check them. */
const termLists = (keywords: NodeKeywords) =>
  LOCALES.map((language) => ({
    language,
    terms: keywords[language] ?? [],
    needsReview: Boolean(keywords._review?.[language]),
  }));

/** Each taxonomy node's curated words in six languages. */
export async function seedTaxonomyTerms(context: WriteContext): Promise<void> {
  for (const [code, keywords] of Object.entries(loadTaxonomyKeywords().nodes)) {
    await storeTaxonomyTerms(context, code, termLists(keywords));
  }
}

/** The thesaurus: each product, service or problem's names in six languages, one group each. */
export async function seedThesaurus(context: WriteContext): Promise<void> {
  await replaceThesaurus(
    context,
    loadThesaurus().map((group) => ({ id: group.id, lists: termLists(group) })),
  );
}

/** Words that say what kind of place a name is, not which: "Gilan Province", «порт Каспиан», «بندر انزلی». */
const PLACE_KIND_WORDS = new Set(
  [
    'province',
    'port',
    'free',
    'zone',
    'republic',
    'region',
    'district',
    'провинция',
    'провинциясы',
    'остан',
    'область',
    'облысы',
    'республика',
    'район',
    'порт',
    'порты',
    'велаят',
    'استان',
    'بندر',
    'منطقه',
    'آزاد',
    'ostanı',
    'limanı',
    'rayonu',
    'respublikası',
    'vilayəti',
    'azad',
    'zonası',
    'welaýaty',
    'porty',
    'etraby',
  ].map((word) => word.toLocaleLowerCase()),
);

/** The name as written, the names in its brackets, and each without its kind words: "Bandar Anzali (Anzali Port)" → Anzali. */
export function placeNameVariants(name: string): string[] {
  const parts = [name.replace(/\(.*?\)/g, ' '), ...[...name.matchAll(/\(([^)]*)\)/g)].map((match) => match[1]!)];
  const cores = parts.map((part) =>
    part
      .split(/\s+/)
      .filter((word) => word && !PLACE_KIND_WORDS.has(word.toLocaleLowerCase()))
      .join(' '),
  );
  return [...new Set([name, ...parts, ...cores].map((variant) => variant.trim()).filter(Boolean))];
}

const withVariants = (text: LocalizedText): LocalizedText[] => {
  const variants = Object.entries(text).map(([language, name]) => [language, placeNameVariants(name ?? '')] as const);
  const depth = Math.max(0, ...variants.map(([, names]) => names.length));
  return Array.from({ length: depth }, (_, index) =>
    Object.fromEntries(variants.flatMap(([language, names]) => (names[index] ? [[language, names[index]]] : []))),
  );
};

/**
 * The gazetteer: each province by its names, then its capital, its ports and the other towns of
 * the transit network that lie in it, in every language the reference gives, with and without
 * the words that only say what kind of place it is, so "Anzali", «Энзели» and «انزلی» all lead to
 * Gilan, and «دربند» to Dagestan.
 */
export async function seedGazetteer(context: WriteContext): Promise<void> {
  const ports = await listPorts(context);
  const { network } = await loadNetwork(context);
  const towns = network.nodes.filter((node) => node.provinceId && (node.kind === 'city' || node.kind === 'port'));
  for (const province of await listProvinces(context)) {
    const names: { text: LocalizedText; weight: number }[] = [
      ...withVariants(province.names).map((text) => ({ text, weight: 1 })),
      ...withVariants(province.capital).map((text) => ({ text, weight: 0.9 })),
      ...ports
        .filter((port) => port.provinceId === province.id)
        .flatMap((port) => withVariants(port.names).map((text) => ({ text, weight: 0.9 }))),
      ...towns
        .filter((town) => town.provinceId === province.id)
        .flatMap((town) => withVariants(town.names).map((text) => ({ text, weight: 0.8 }))),
    ];
    await replacePlaceTerms(context, province.id, names);
  }
}
