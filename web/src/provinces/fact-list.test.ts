import i18n from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import translationFa from '../i18n/locales/fa.json';
import { FactList } from './FactList.tsx';

const render = (asOf: string) =>
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(FactList, { facts: [{ key: 'throughput', value: 4_200_000, unit: 't', asOf, source: null }] }),
    ),
  );

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'fa',
    resources: { fa: { translation: translationFa } },
    interpolation: { escapeValue: false },
  });
});

describe('the period of a figure on a Persian page', () => {
  it('isolates a period the sources wrote in English, so "(2007-2008 shipping season)" keeps its order, and names its language', () => {
    const html = render('2007-2008 shipping season');
    expect(html).toContain('(<bdi lang="en" dir="ltr">2007-2008 shipping season</bdi>)');
    expect(html).toContain('(به زبان انگلیسی)');
  });

  it('writes a year in Persian digits, with no language to name', () => {
    const html = render('2021');
    expect(html).toContain('(۲۰۲۱)');
    expect(html).not.toContain('به زبان');
  });
});
