import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import translationFa from '../i18n/locales/fa.json';
import { SourceList } from './SourceList.tsx';

const render = (sources: (string | null)[], hideWhenNone?: boolean) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(SourceList, { sources, hideWhenNone })));

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'fa',
    resources: { fa: { translation: translationFa } },
    interpolation: { escapeValue: false },
  });
});

describe('the sources under a figure', () => {
  it('says a seeded figure has no source found, so the gap is visible', () => {
    expect(render([null])).toContain(translationFa.sources.none);
  });

  it('says nothing under what the secretariat wrote itself, which has no source to cite', () => {
    expect(render([null], true)).toBe('');
  });

  it('lists each cited place once, the link named by its host', () => {
    const html = render(['https://example.org/a report', 'https://example.org/a report'], true);
    expect(html.match(/href="https:\/\/example.org\/a"/g)).toHaveLength(1);
    expect(html).toContain('>example.org</a> report');
  });
});

describe('the language of the sources', () => {
  it('names English when a citation has words in it and the reader is Persian', () => {
    const html = render(['https://example.org/a (17 quays, annual handling capacity 10 Mt)']);
    expect(html).toContain('lang="en"');
    expect(html).toContain('(به زبان انگلیسی)');
  });

  it('says nothing of language under a bare address', () => {
    expect(render(['https://example.org/a'])).not.toContain('به زبان');
  });
});

describe('the dates of the sources', () => {
  it('writes a cited day in the Persian calendar and digits, isolated from the Latin citation', () => {
    const html = render(['ILNA 2025-11-18']);
    expect(html).not.toContain('2025-11-18');
    expect(html).toMatch(/ILNA <bdi dir="auto" lang="fa">[^<]*۱۴۰۴[^<]*<\/bdi>/);
  });
});
