import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/platform/i18n/locales.ts';
import { normaliseText } from '../../src/platform/text/normalise-text.ts';

/**
 * Checks the labelled evaluation set of `npm run bench:search` against the demo catalogue it is
 * scored on: shape, size, balance of languages and styles, and that every label points at a real
 * item. Whether a label is right is a human judgement (see the file's note); this only keeps the
 * file honest.
 */

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

const STYLES = [
  'plain',
  'cross-language',
  'cross-script',
  'transliterated',
  'misspelt',
  'arabic-letters',
  'place',
  'hs',
] as const;
type Style = (typeof STYLES)[number];

type EvalQuery = { id: string; language: Locale; q: string; style: Style; relevant: string[]; note?: string };
type Item = {
  id: string;
  language: Locale;
  title: string;
  taxonomy: string[];
  translations?: Partial<Record<Locale, { title?: string }>>;
};
type Taxonomy = { sectors: { id: string; subcategories: { id: string }[] }[] };

const evalSet = readJson<{ note: string; queries: EvalQuery[] }>('./eval-set.json');
const queries = evalSet.queries;
const items = readJson<{ items: Item[] }>('../../seed/demo/items.json').items;
const taxonomy = readJson<Taxonomy>('../../seed/reference/taxonomy.json');
const itemById = new Map(items.map((item) => [item.id, item]));
const subcategoryCodes = new Set(
  taxonomy.sectors.flatMap((sector) => sector.subcategories.map((sub) => `${sector.id}/${sub.id}`)),
);

/** The script a language's queries are typed in, unless the style is a deliberate variant. */
const SCRIPT: Record<Locale, RegExp> = {
  fa: /^\p{Script=Arabic}$/u,
  ru: /^\p{Script=Cyrillic}$/u,
  kk: /^\p{Script=Cyrillic}$/u,
  en: /^\p{Script=Latin}$/u,
  az: /^\p{Script=Latin}$/u,
  tk: /^\p{Script=Latin}$/u,
};
/** Styles whose point is another script or another spelling: exempt from the script check. */
const VARIANT_STYLES: readonly Style[] = ['cross-script', 'transliterated', 'arabic-letters'];
/** Arabic letter forms that Persian writes differently: ي ى ك ة ۀ. */
const ARABIC_FORMS = /[\u064A\u0649\u0643\u0629\u06C0]/u;

const queriesIn = (language: Locale) => queries.filter((query) => query.language === language);

describe('search evaluation set', () => {
  it('has a note on how relevance was judged', () => {
    expect(evalSet.note).toMatch(/relevan/i);
  });

  it('has at least 240 queries, at least 40 in each language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(240);
    for (const language of LOCALES) expect(queriesIn(language).length, language).toBeGreaterThanOrEqual(40);
  });

  it('has unique ids, each prefixed with its language', () => {
    expect(new Set(queries.map((query) => query.id)).size).toBe(queries.length);
    for (const query of queries) {
      expect(LOCALES, query.id).toContain(query.language);
      expect(query.id.startsWith(`${query.language}-`), query.id).toBe(true);
    }
  });

  it('uses only the known styles', () => {
    for (const query of queries) expect(STYLES, query.id).toContain(query.style);
  });

  it('gives every query at least one relevant item, each a catalogue item, none twice', () => {
    for (const query of queries) {
      expect(query.relevant.length, query.id).toBeGreaterThanOrEqual(1);
      expect(new Set(query.relevant).size, query.id).toBe(query.relevant.length);
      const unknown = query.relevant.filter((id) => !itemById.has(id));
      expect(unknown, query.id).toEqual([]);
    }
  });

  it('makes cross-language queries at least half of each language', () => {
    for (const language of LOCALES) {
      const all = queriesIn(language);
      const crossLanguage = all.filter((query) => query.style === 'cross-language');
      expect(crossLanguage.length * 2, language).toBeGreaterThanOrEqual(all.length);
    }
  });

  it('answers each cross-language query mostly with items written in other languages', () => {
    for (const query of queries.filter((q) => q.style === 'cross-language')) {
      const other = query.relevant.filter((id) => itemById.get(id)?.language !== query.language).length;
      expect(other * 2, query.id).toBeGreaterThan(query.relevant.length);
    }
  });

  it('keeps arabic-letters queries to Persian, at least 8, most with Arabic forms or diacritics', () => {
    const arabicLetters = queries.filter((query) => query.style === 'arabic-letters');
    for (const query of arabicLetters) expect(query.language, query.id).toBe('fa');
    expect(arabicLetters.length).toBeGreaterThanOrEqual(8);
    // normaliseText folds Arabic forms, diacritics and ZWNJ; a changed query carries such a variant.
    const variant = arabicLetters.filter((query) => normaliseText(query.q) !== query.q.trim());
    expect(variant.length).toBeGreaterThanOrEqual(8);
  });

  it("types other queries in the language's own script, Persian with Persian letter forms", () => {
    for (const query of queries.filter((q) => !VARIANT_STYLES.includes(q.style))) {
      const letters = query.q.match(/\p{L}/gu) ?? [];
      const foreign = letters.filter((letter) => !SCRIPT[query.language].test(letter));
      // Latin trade codes ("HS", "LPG") may stand next to a word of the language's own script.
      const ownScript = letters.length - foreign.length;
      expect(ownScript, `${query.id} ${query.q}`).toBeGreaterThan(0);
      if (query.style !== 'hs') expect(foreign, `${query.id} ${query.q}`).toEqual([]);
      if (query.language === 'fa') expect(ARABIC_FORMS.test(query.q), query.id).toBe(false);
    }
  });

  it('keeps queries short (1–5 words) and never copies an item title', () => {
    const titles = new Set(
      items.flatMap((item) => [
        normaliseText(item.title),
        ...Object.values(item.translations ?? {}).flatMap((tr) => (tr?.title ? [normaliseText(tr.title)] : [])),
      ]),
    );
    for (const query of queries) {
      const words = query.q.trim().split(/\s+/);
      expect(words.length, query.id).toBeGreaterThanOrEqual(1);
      expect(words.length, query.id).toBeLessThanOrEqual(5);
      expect(titles.has(normaliseText(query.q)), query.id).toBe(false);
    }
  });

  it('has place and hs queries that name a place or a code', () => {
    for (const query of queries.filter((q) => q.style === 'hs')) expect(query.q, query.id).toMatch(/[0-9۰-۹]{4}/u);
    expect(queries.filter((query) => query.style === 'place').length).toBeGreaterThan(0);
  });

  it('covers every sector and at least 35 subcategories through its relevant items', () => {
    const covered = new Set(
      queries.flatMap((query) => query.relevant.flatMap((id) => itemById.get(id)?.taxonomy ?? [])),
    );
    for (const code of covered) expect(subcategoryCodes.has(code), code).toBe(true);
    expect(covered.size).toBeGreaterThanOrEqual(35);
    const sectors = new Set([...covered].map((code) => code.split('/')[0]));
    for (const sector of taxonomy.sectors) expect(sectors.has(sector.id), sector.id).toBe(true);
  });
});
