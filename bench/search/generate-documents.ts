import { readFileSync } from 'node:fs';
import type { SearchDocumentInput } from '../../src/domain/search/model.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';
import type { DemoItem } from '../../seed/build-demo-items.ts';
import { loadTaxonomyKeywords } from '../../seed/seed-search.ts';

/**
 * Plausible offers and needs for the latency benchmark, made from the demo catalogue's own words:
 * each generated item copies a demo item's province, kind, language, taxonomy codes and HS codes,
 * and is written in that language with words drawn from the demo texts in it and with curated
 * keywords of its taxonomy node; a third carry an English translation, as the demo items do.
 * The same seed gives the same documents on every machine.
 */
type Vocabulary = {
  templates: readonly DemoItem[];
  /** Every word of the demo texts in a language, repeated as often as it occurs, so common words stay common. */
  words: ReadonlyMap<Locale, readonly string[]>;
  /** Curated keywords per taxonomy code (`sector.sub`) and language. */
  keywords: ReadonlyMap<string, Partial<Record<Locale, readonly string[]>>>;
  countryOf: ReadonlyMap<string, string>;
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export function loadVocabulary(): Vocabulary {
  const templates = readJson<{ items: DemoItem[] }>('../../seed/demo/items.json').items;
  const words = new Map<Locale, string[]>();
  const addWords = (language: Locale, text: string) => {
    const list = words.get(language) ?? [];
    list.push(...(text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C'-]*/gu) ?? []));
    words.set(language, list);
  };
  for (const item of templates) {
    addWords(item.language, `${item.title} ${item.description}`);
    for (const [language, text] of Object.entries(item.translations ?? {})) {
      addWords(language as Locale, `${text.title} ${text.description}`);
    }
  }
  const provinces = readJson<{ provinces: { id: string; country: string }[] }>('../../seed/reference/provinces.json');
  return {
    templates,
    words,
    keywords: new Map(Object.entries(loadTaxonomyKeywords().nodes)),
    countryOf: new Map(provinces.provinces.map((province) => [province.id, province.country])),
  };
}

const DAY_MS = 86_400_000;

export function generateDocument(
  vocabulary: Vocabulary,
  random: () => number,
  index: number,
  now: Date,
): SearchDocumentInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const template = pick(vocabulary.templates);
  const codes = template.taxonomy.map((code) => code.replace('/', '.'));
  const textIn = (language: Locale, words: number) => {
    const keywords = codes.flatMap((code) => vocabulary.keywords.get(code)?.[language] ?? []);
    const own = vocabulary.words.get(language) ?? vocabulary.words.get('en')!;
    const parts = Array.from({ length: words }, (_, position) =>
      keywords.length > 0 && position % 7 === 0 ? pick(keywords) : pick(own),
    );
    return parts.join(' ');
  };
  const language = template.language;
  const translated = language !== 'en' && random() < 1 / 3;
  const id = `generated-${index}`;
  return {
    type: 'item',
    id,
    language,
    title: { [language]: textIn(language, 6), ...(translated ? { en: textIn('en', 6) } : {}) },
    body: { [language]: textIn(language, 40), ...(translated ? { en: textIn('en', 40) } : {}) },
    extraTerms: template.organisation ? [template.organisation.name] : [],
    kind: random() < 0.5 ? 'offer' : 'need',
    countryCode: vocabulary.countryOf.get(template.provinceId) ?? null,
    provinceId: template.provinceId,
    taxonomyCodes: codes,
    hsCodes: template.hsCodes ?? [],
    path: `/catalogue/${id}`,
    isDemo: false,
    updatedAt: new Date(now.getTime() - Math.floor(random() * 730) * DAY_MS),
  };
}
