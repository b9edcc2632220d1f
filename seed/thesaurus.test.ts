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
type Group = Partial<Record<Locale, unknown>> & { id?: unknown; nodes?: unknown; _review?: unknown };
type Thesaurus = { note?: unknown; groups?: unknown };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const taxonomy = readJson<Taxonomy>('./reference/taxonomy.json');
const thesaurus = readJson<Thesaurus>('./taxonomy/thesaurus.json');

const nodeCodes = new Set(
  taxonomy.sectors.flatMap((sector) => [sector.id, ...sector.subcategories.map((sub) => `${sector.id}.${sub.id}`)]),
);

// An acronym (LNG, CITES, EPC, CO2) may be written in Latin capitals in any language.
const ACRONYM = /(?<![A-Za-z\u00C0-\u024F])[A-Z][A-Z0-9&]*[A-Z0-9](?![A-Za-z\u00C0-\u024F])/g;
const withoutAcronyms = (term: string) => term.replace(ACRONYM, '');
const isOnlyAcronyms = (term: string) => withoutAcronyms(term).replace(/[\s\-/.]/g, '') === '';
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const MAX_WORDS = 3;

const groupsOf = (file: Thesaurus): Group[] => (Array.isArray(file.groups) ? (file.groups as Group[]) : []);
const termsOf = (group: Group, locale: Locale): unknown[] => (Array.isArray(group[locale]) ? group[locale] : []);
const normal = (term: string) => term.trim().toLowerCase();
const nameOf = (group: Group, index: number) => (typeof group.id === 'string' ? group.id : `#${index}`);

/** Why a term is not written in its language's script, or null when it is. */
function scriptProblem(locale: Locale, term: string): string | null {
  const rest = withoutAcronyms(term);
  if (locale !== 'fa' && ARABIC_SCRIPT.test(term)) return 'Arabic script outside fa';
  switch (locale) {
    case 'fa':
      if (ARABIC_YEH_KAF.test(term)) return 'Arabic ي or ك instead of Persian ی or ک';
      if (CYRILLIC.test(term) || LATIN.test(rest)) return 'not in Arabic script';
      return ARABIC_SCRIPT.test(term) || isOnlyAcronyms(term) ? null : 'no Arabic letter';
    case 'ru':
    case 'kk':
      if (LATIN.test(rest)) return 'Latin letters outside an acronym';
      if (locale === 'ru' && KAZAKH_ONLY.test(term.toLowerCase())) return 'Kazakh letter in Russian';
      return CYRILLIC.test(term) || isOnlyAcronyms(term) ? null : 'no Cyrillic letter';
    case 'en':
      if (CYRILLIC.test(term)) return 'Cyrillic in English';
      return /^[A-Za-z0-9 '\-/&.]+$/.test(term) ? null : 'letters outside the English alphabet';
    case 'az':
    case 'tk':
      if (CYRILLIC.test(term)) return 'Cyrillic in a Latin-script language';
      if (!LATIN.test(term)) return 'no Latin letter';
      if (locale === 'az' && TURKMEN_ONLY.test(rest.toLowerCase())) return 'Turkmen-only letter in Azerbaijani';
      if (locale === 'tk' && AZERBAIJANI_ONLY.test(rest.toLowerCase())) return 'Azerbaijani-only letter in Turkmen';
      return null;
  }
}

// Each check returns the problems it finds, so that the same check can be shown to fail on a broken copy.
const checks = {
  note(file: Thesaurus): string[] {
    const note = file.note;
    if (typeof note !== 'string' || note.trim() === '') return ['note is missing'];
    return /native speaker/.test(note) && /Caspian Bridge/.test(note)
      ? []
      : ['note does not say who wrote it and what awaits review'];
  },
  size(file: Thesaurus): string[] {
    return groupsOf(file).length >= 300 ? [] : [`only ${groupsOf(file).length} groups`];
  },
  ids(file: Thesaurus): string[] {
    const seen = new Set<string>();
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      if (typeof group.id !== 'string' || !SNAKE_CASE.test(group.id))
        problems.push(`${nameOf(group, index)}: id not snake_case`);
      else if (seen.has(group.id)) problems.push(`${group.id}: id repeated`);
      else seen.add(group.id);
    });
    return problems;
  },
  nodes(file: Thesaurus): string[] {
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      const nodes = Array.isArray(group.nodes) ? group.nodes : [];
      if (nodes.length < 1 || nodes.length > 3) problems.push(`${nameOf(group, index)}: ${nodes.length} nodes`);
      if (new Set(nodes).size !== nodes.length) problems.push(`${nameOf(group, index)}: node repeated`);
      for (const node of nodes) {
        if (typeof node !== 'string' || !nodeCodes.has(node))
          problems.push(`${nameOf(group, index)}: unknown node ${node}`);
      }
    });
    return problems;
  },
  keys(file: Thesaurus): string[] {
    const allowed = new Set<string>(['id', 'nodes', '_review', ...LOCALES]);
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      for (const key of Object.keys(group))
        if (!allowed.has(key)) problems.push(`${nameOf(group, index)}: unknown key ${key}`);
    });
    return problems;
  },
  terms(file: Thesaurus): string[] {
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      for (const locale of LOCALES) {
        const where = `${nameOf(group, index)} ${locale}`;
        const terms = termsOf(group, locale);
        if (terms.length < 1 || terms.length > 6) problems.push(`${where}: ${terms.length} terms`);
        const seen = new Set<string>();
        for (const term of terms) {
          if (typeof term !== 'string' || term.trim() === '') {
            problems.push(`${where}: empty term`);
            continue;
          }
          if (term !== term.trim()) problems.push(`${where}: «${term}» not trimmed`);
          if (term.trim().split(/\s+/).length > MAX_WORDS)
            problems.push(`${where}: «${term}» longer than ${MAX_WORDS} words`);
          if (seen.has(normal(term))) problems.push(`${where}: «${term}» twice`);
          seen.add(normal(term));
        }
      }
    });
    return problems;
  },
  scripts(file: Thesaurus): string[] {
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      for (const locale of LOCALES) {
        for (const term of termsOf(group, locale)) {
          const problem = typeof term === 'string' ? scriptProblem(locale, term) : null;
          if (problem) problems.push(`${nameOf(group, index)} ${locale} «${term}»: ${problem}`);
        }
      }
    });
    return problems;
  },
  kazakhIsNotRussian(file: Thesaurus): string[] {
    return groupsOf(file)
      .map((group, index) => [group, index] as const)
      .filter(([group]) => {
        const kk = termsOf(group, 'kk').map(String).map(normal).sort().join('|');
        return kk !== '' && kk === termsOf(group, 'ru').map(String).map(normal).sort().join('|');
      })
      .map(([group, index]) => `${nameOf(group, index)}: kk list is a copy of the ru list`);
  },
  review(file: Thesaurus): string[] {
    const problems: string[] = [];
    groupsOf(file).forEach((group, index) => {
      if (group._review === undefined) return;
      if (typeof group._review !== 'object' || group._review === null || Array.isArray(group._review)) {
        problems.push(`${nameOf(group, index)}: _review is not an object`);
        return;
      }
      for (const [locale, reason] of Object.entries(group._review)) {
        if (!(LOCALES as readonly string[]).includes(locale))
          problems.push(`${nameOf(group, index)}: _review.${locale}`);
        if (typeof reason !== 'string' || reason.trim() === '')
          problems.push(`${nameOf(group, index)}: _review.${locale} empty`);
      }
    });
    return problems;
  },
} satisfies Record<string, (file: Thesaurus) => string[]>;

const sound = groupsOf(thesaurus)[0] as Group;
const withGroup = (change: (group: Group) => Group): Thesaurus => ({
  ...thesaurus,
  groups: [change(structuredClone(sound)), ...groupsOf(thesaurus).slice(1)],
});
const withTerm = (locale: Locale, term: string) => withGroup((group) => ({ ...group, [locale]: [term] }));

// A broken copy of the file for each check, to show the check can fail.
const broken: Record<keyof typeof checks, Thesaurus[]> = {
  note: [
    { ...thesaurus, note: undefined },
    { ...thesaurus, note: 'A list of words.' },
  ],
  size: [{ ...thesaurus, groups: groupsOf(thesaurus).slice(0, 299) }],
  ids: [
    withGroup((group) => ({ ...group, id: 'Not Snake' })),
    { ...thesaurus, groups: [...groupsOf(thesaurus), structuredClone(sound)] },
  ],
  nodes: [
    withGroup((group) => ({ ...group, nodes: [] })),
    withGroup((group) => ({ ...group, nodes: ['energy.nuclear'] })),
    withGroup((group) => ({ ...group, nodes: ['energy', 'energy.oil', 'energy.gas', 'energy.electricity'] })),
  ],
  keys: [withGroup((group) => ({ ...group, kz: ['шахмат'] }))],
  terms: [
    withGroup((group) => ({ ...group, tk: [] })),
    withGroup((group) => ({ ...group, ru: undefined })),
    withTerm('en', ' chess'),
    withTerm('en', ''),
    withTerm('en', 'a very long sentence'),
    withGroup((group) => ({ ...group, en: ['Chess', 'chess'] })),
    withGroup((group) => ({ ...group, en: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })),
  ],
  scripts: [
    withTerm('fa', 'شطرنج باز\u064A'),
    withTerm('fa', 'chess'),
    withTerm('ru', 'chess'),
    withTerm('ru', 'шахматқа'),
    withTerm('kk', 'шахмат club'),
    withTerm('en', 'шахматы'),
    withTerm('az', 'şahmat ýaryşy'),
    withTerm('tk', 'şahmat yarışı'),
    withTerm('tk', 'шахмат'),
  ],
  kazakhIsNotRussian: [withGroup((group) => ({ ...group, kk: group.ru }))],
  review: [
    withGroup((group) => ({ ...group, _review: { kz: 'a reason' } })),
    withGroup((group) => ({ ...group, _review: { tk: ' ' } })),
    withGroup((group) => ({ ...group, _review: 'tk unsure' })),
  ],
};

describe('multilingual search thesaurus', () => {
  for (const [name, check] of Object.entries(checks)) {
    it(`passes the ${name} check`, () => {
      expect(check(thesaurus)).toEqual([]);
    });

    it(`fails the ${name} check on a broken file`, () => {
      for (const file of broken[name as keyof typeof checks]) expect(check(file).length).toBeGreaterThan(0);
    });
  }

  it('lets acronyms stay in Latin capitals in any language', () => {
    for (const locale of LOCALES) expect(scriptProblem(locale, 'LNG'), locale).toBeNull();
    expect(scriptProblem('ru', 'разрешение CITES')).toBeNull();
    expect(scriptProblem('tk', 'CTC çaý')).toBeNull();
  });
});
