import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../src/platform/i18n/locales.ts';
import {
  ARABIC_SCRIPT,
  ARABIC_YEH_KAF,
  AZERBAIJANI_ONLY,
  CYRILLIC,
  KAZAKH_ONLY,
  LATIN,
  TURKMEN_ONLY,
} from './script-patterns.ts';

type Subcategory = { id: string };
type Taxonomy = { sectors: (Subcategory & { subcategories: Subcategory[] })[] };
type KeywordEntry = Partial<Record<Locale, string[]>> & { _review?: Record<string, string> };
type KeywordFile = { note: string; nodes: Record<string, KeywordEntry> };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const taxonomy = readJson<Taxonomy>('./reference/taxonomy.json');
const keywords = readJson<KeywordFile>('./taxonomy/keywords.json');

const nodeCodes = taxonomy.sectors.flatMap((sector) => [
  sector.id,
  ...sector.subcategories.map((sub) => `${sector.id}.${sub.id}`),
]);
const entries = Object.entries(keywords.nodes);
const listsOf = (entry: KeywordEntry) => LOCALES.map((locale) => [locale, entry[locale] ?? []] as const);
const normal = (term: string) => term.trim().toLowerCase();

const isAcronym = (term: string) => term === term.toUpperCase();

describe('taxonomy search keywords', () => {
  it('says what the file is', () => {
    expect(keywords.note).toMatch(/native/);
  });

  it('has an entry for every taxonomy node and none for a node the taxonomy lacks', () => {
    expect(nodeCodes).toHaveLength(60);
    expect(Object.keys(keywords.nodes).sort()).toEqual([...nodeCodes].sort());
  });

  it('gives every node at least eight distinct keywords in each of the six languages', () => {
    for (const [code, entry] of entries) {
      for (const [locale, terms] of listsOf(entry)) {
        const nonEmpty = terms.filter((term) => typeof term === 'string' && term.trim() !== '');
        expect(nonEmpty, `${code} ${locale}`).toHaveLength(terms.length);
        expect(new Set(nonEmpty.map(normal)).size, `${code} ${locale}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('repeats no keyword within a node and language, ignoring case and surrounding spaces', () => {
    for (const [code, entry] of entries) {
      for (const [locale, terms] of listsOf(entry)) {
        const seen = new Set<string>();
        for (const term of terms) {
          expect(seen.has(normal(term)), `${code} ${locale} «${term}» twice`).toBe(false);
          seen.add(normal(term));
        }
      }
    }
  });

  it('keeps keywords to short, trimmed phrases of one to four words', () => {
    for (const [code, entry] of entries) {
      for (const [locale, terms] of listsOf(entry)) {
        for (const term of terms) {
          expect(term, `${code} ${locale}`).toBe(term.trim());
          expect(term.split(/\s+/).length, `${code} ${locale} «${term}»`).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('writes each language in its own script', () => {
    for (const [code, entry] of entries) {
      for (const [locale, terms] of listsOf(entry)) {
        for (const term of terms) {
          const where = `${code} ${locale} «${term}»`;
          if (locale === 'az' || locale === 'tk') expect(CYRILLIC.test(term), where).toBe(false);
          if (locale === 'kk' || locale === 'ru') expect(LATIN.test(term), where).toBe(false);
          if (locale === 'fa') {
            expect(CYRILLIC.test(term) || LATIN.test(term), where).toBe(false);
            expect(ARABIC_YEH_KAF.test(term), where).toBe(false);
          } else {
            expect(ARABIC_SCRIPT.test(term), where).toBe(false);
          }
          if (locale === 'ru') expect(KAZAKH_ONLY.test(term.toLowerCase()), where).toBe(false);
          if (locale === 'az' && !isAcronym(term)) expect(TURKMEN_ONLY.test(term.toLowerCase()), where).toBe(false);
          if (locale === 'tk' && !isAcronym(term)) expect(AZERBAIJANI_ONLY.test(term.toLowerCase()), where).toBe(false);
        }
      }
    }
  });

  it('gives a reason for every list awaiting review, keyed by a platform language', () => {
    for (const [code, entry] of entries) {
      expect(
        Object.keys(entry)
          .filter((key) => key !== '_review')
          .sort(),
        code,
      ).toEqual([...LOCALES].sort());
      for (const [locale, reason] of Object.entries(entry._review ?? {})) {
        expect(LOCALES, `${code} _review`).toContain(locale);
        expect(typeof reason === 'string' && reason.trim().length > 0, `${code} _review.${locale}`).toBe(true);
      }
    }
  });
});
