import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';

type Catalog = Record<string, unknown>;

const WEB_SOURCE = new URL('../../../web/src/', import.meta.url);

/** The shell's catalog, one namespace per capability that has a `locales` folder, and the server's messages. */
const CATALOG_FOLDERS: Record<string, URL> = {
  ...Object.fromEntries(
    readdirSync(WEB_SOURCE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, WEB_SOURCE)).includes('locales'))
      .map((entry) => [`web ${entry.name}`, new URL(`${entry.name}/locales/`, WEB_SOURCE)]),
  ),
  'server messages': new URL('./messages/', import.meta.url),
};

const load = (folder: URL, locale: string): Catalog =>
  JSON.parse(readFileSync(new URL(`${locale}.json`, folder), 'utf8')) as Catalog;

/** Flattened keys; review notes are for translators, and plural suffixes differ by language. */
function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    if (key === '_review') return [];
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '_plural');
    return value && typeof value === 'object' ? keysOf(value as Catalog, `${path}.`) : [path];
  });
}

function valuesOf(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]): [string, string][] => {
    if (key === '_review') return [];
    return value && typeof value === 'object'
      ? valuesOf(value as Catalog, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(CATALOG_FOLDERS))('%s catalogs', (_name, folder) => {
  const english = load(folder, 'en');
  const englishValues = new Map(valuesOf(english));

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has every key of the English catalog and no other',
    (locale) => {
      expect(new Set(keysOf(load(folder, locale)))).toEqual(new Set(keysOf(english)));
    },
  );

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s keeps every placeholder of the English text', (locale) => {
    for (const [key, value] of valuesOf(load(folder, locale))) {
      const source = englishValues.get(key) ?? englishValues.get(key.replace(/_(few|many)$/, '_other'));
      if (source !== undefined) expect(placeholders(value), `${locale}: ${key}`).toEqual(placeholders(source));
    }
  });

  it('writes Persian with Persian letters, not Arabic ي and ك', () => {
    const arabic = valuesOf(load(folder, 'fa')).filter(([, value]) => /[يك]/.test(value));
    expect(arabic).toEqual([]);
  });
});
