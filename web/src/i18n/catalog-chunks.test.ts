import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';

const WEB_SOURCE = new URL('../', import.meta.url);
const namespaceFolders = readdirSync(WEB_SOURCE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'i18n')
  .filter((entry) => readdirSync(new URL(`${entry.name}/`, WEB_SOURCE)).includes('locales'))
  .map((entry) => entry.name);
const setup = readFileSync(new URL('./setup.ts', import.meta.url), 'utf8');
const camelCase = (folder: string) => folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

describe("each language's catalog chunk", () => {
  it.each(LOCALES)('%s holds the shell catalog and every capability namespace', (locale) => {
    const chunk = readFileSync(new URL(`./catalogs/${locale}.ts`, import.meta.url), 'utf8');
    expect(chunk).toContain(`from '../locales/${locale}.json'`);
    for (const folder of namespaceFolders) {
      expect(chunk).toContain(`import ${camelCase(folder)} from '../../${folder}/locales/${locale}.json'`);
    }
  });

  it('is loaded with every namespace, so no page waits for one of its own', () => {
    for (const folder of namespaceFolders) expect(setup).toContain(`'${camelCase(folder)}'`);
  });
});
