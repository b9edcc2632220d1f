import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLocale, type Locale } from '../src/platform/i18n/locales.ts';
import {
  CURRENCIES,
  ITEM_KINDS,
  ORGANISATION_TYPES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
} from '../src/domain/catalogue/model.ts';
import { findScriptMismatches } from '../src/domain/catalogue/rules.ts';
import type { DemoItem } from './build-demo-items.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

type Taxonomy = { sectors: { id: string; subcategories: { id: string; hs_chapters?: string[] }[] }[] };
type MatchPair = { need: string; offer: string; why: string };

const items = readJson<{ items: DemoItem[] }>('./demo/items.json').items;
const pairs = readJson<{ note: string; pairs: MatchPair[] }>('./demo/match-pairs.json').pairs;
const provinces = readJson<{ provinces: { id: string; country: string }[] }>('./reference/provinces.json').provinces;
const taxonomy = readJson<Taxonomy>('./reference/taxonomy.json');

/** HS chapters of every subcategory, keyed as the demo file writes taxonomy codes: `sector/sub`. */
const chaptersOf = new Map<string, readonly string[]>(
  taxonomy.sectors.flatMap((sector) =>
    sector.subcategories.map((sub) => [`${sector.id}/${sub.id}`, sub.hs_chapters ?? []] as [string, string[]]),
  ),
);
const countryOf = new Map(provinces.map((province) => [province.id, province.country]));
/** The languages a province's own authors write in; English is open to anyone (ports, international firms). */
const LANGUAGES_OF_COUNTRY: Record<string, Locale[]> = {
  IR: ['fa'],
  RU: ['ru'],
  AZ: ['az'],
  KZ: ['kk', 'ru'],
  TM: ['tk', 'ru'],
};
const byId = new Map(items.map((item) => [item.id, item]));

describe('the demo catalogue', () => {
  it('has at least 150 items, each with a unique id of the form demo-<province>-<kind>-<slug>', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(byId.size).toBe(items.length);
    for (const item of items) expect(item.id).toMatch(new RegExp(`^demo-${item.provinceId}-${item.kind}-[a-z0-9-]+$`));
  });

  it('names only known provinces, languages, kinds, units, periods, currencies and organisation types', () => {
    for (const item of items) {
      expect(countryOf.has(item.provinceId), item.id).toBe(true);
      expect(isLocale(item.language), item.id).toBe(true);
      expect(ITEM_KINDS, item.id).toContain(item.kind);
      for (const locale of [...item.contactLanguages, ...Object.keys(item.translations ?? {})])
        expect(isLocale(locale), `${item.id} ${locale}`).toBe(true);
      if (item.organisation) expect(ORGANISATION_TYPES, item.id).toContain(item.organisation.type);
      if (item.quantity) {
        expect(QUANTITY_UNITS, item.id).toContain(item.quantity.unit);
        expect(QUANTITY_PERIODS, item.id).toContain(item.quantity.period);
      }
      if (item.value) expect(CURRENCIES, item.id).toContain(item.value.currency);
    }
  });

  it("is written in the province's own language, or in English", () => {
    for (const item of items) {
      const own = LANGUAGES_OF_COUNTRY[countryOf.get(item.provinceId)!] ?? [];
      expect([...own, 'en'], item.id).toContain(item.language);
    }
  });

  it('writes every text in the script of its language', () => {
    for (const item of items) {
      const texts = (field: 'title' | 'description') => ({
        ...Object.fromEntries(Object.entries(item.translations ?? {}).map(([locale, text]) => [locale, text[field]])),
        [item.language]: item[field],
      });
      expect(findScriptMismatches({ title: texts('title'), description: texts('description') }), item.id).toEqual([]);
    }
  });

  it('files every item under known subcategories, written sector/sub', () => {
    for (const item of items) {
      expect(item.taxonomy.length, item.id).toBeGreaterThan(0);
      for (const code of item.taxonomy) {
        expect(code, item.id).toMatch(/^[a-z][a-z0-9_]*\/[a-z][a-z0-9_]*$/);
        expect(chaptersOf.has(code), `${item.id} ${code}`).toBe(true);
      }
    }
  });

  it('has at least three items in every one of the subcategories', () => {
    const counts = new Map<string, number>();
    for (const item of items) for (const code of item.taxonomy) counts.set(code, (counts.get(code) ?? 0) + 1);
    const thin = [...chaptersOf.keys()].filter((code) => (counts.get(code) ?? 0) < 3);
    expect(thin).toEqual([]);
    expect(chaptersOf.size).toBe(50);
  });

  it("gives HS headings (4 digits) or subheadings (6) within its subcategories' HS chapters", () => {
    for (const item of items) {
      const chapters = item.taxonomy.flatMap((code) => chaptersOf.get(code) ?? []);
      for (const hs of item.hsCodes ?? []) {
        expect(hs, item.id).toMatch(/^\d{4}(\d{2})?$/);
        if (chapters.length > 0) expect(chapters, `${item.id} ${hs}`).toContain(hs.slice(0, 2));
      }
    }
  });

  it('keeps dates, value ranges and season months consistent', () => {
    for (const item of items) {
      if (item.validFrom && item.validUntil) expect(item.validFrom <= item.validUntil, item.id).toBe(true);
      const { min, max } = item.value ?? {};
      if (min !== undefined && max !== undefined) expect(min, item.id).toBeLessThanOrEqual(max);
      for (const month of item.seasonMonths ?? []) expect(month >= 1 && month <= 12, item.id).toBe(true);
    }
  });
});

describe('the expected cross-language matches', () => {
  it('list at least 25 pairs, none twice', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(pairs.map((pair) => `${pair.need} ${pair.offer}`)).size).toBe(pairs.length);
  });

  it('pair a need and an offer that exist, in different provinces and languages, on a shared subcategory', () => {
    for (const pair of pairs) {
      const need = byId.get(pair.need);
      const offer = byId.get(pair.offer);
      expect(need, pair.need).toBeDefined();
      expect(offer, pair.offer).toBeDefined();
      expect(need!.kind, pair.need).toBe('need');
      expect(offer!.kind, pair.offer).toBe('offer');
      expect(need!.provinceId, pair.need).not.toBe(offer!.provinceId);
      expect(need!.language, pair.need).not.toBe(offer!.language);
      expect(
        need!.taxonomy.filter((code) => offer!.taxonomy.includes(code)),
        `${pair.need} ${pair.offer}`,
      ).not.toEqual([]);
      expect(pair.why.trim(), pair.need).not.toBe('');
    }
  });
});
