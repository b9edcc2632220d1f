import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales.ts';
import { EditionSelect } from './EditionSelect.tsx';
import type { EditionChoice } from './use-edition-choice.ts';
import secretariatEn from './locales/en.json';
import secretariatFa from './locales/fa.json';

const editions: EditionChoice[] = [
  {
    id: 'caspian-governors-summit-2026',
    name: { en: 'Second summit', fa: 'دومین اجلاس' },
    startsOn: '2026-11-17',
    timeZone: 'Asia/Tehran',
    status: 'draft',
  },
  {
    id: 'caspian-governors-summit-2025',
    name: { en: 'First summit', fa: 'نخستین اجلاس' },
    startsOn: '2025-11-17',
    timeZone: 'Asia/Tehran',
    status: 'published',
  },
];

const renderIn = async (locale: Locale) => {
  await i18n.changeLanguage(locale);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(EditionSelect, { editions, value: editions[1]!.id, onChange: () => {} }),
    ),
  );
};

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { fa: { secretariat: secretariatFa }, en: { secretariat: secretariatEn } },
    interpolation: { escapeValue: false },
  });
});

describe('the secretariat’s edition chooser', () => {
  it('offers a draft, said to be one, beside the published editions', async () => {
    const html = await renderIn('en');
    expect(html).toContain('>Second summit (draft)</option>');
    expect(html).toContain('>First summit</option>');
  });

  it('says draft in the reader’s language', async () => {
    const html = await renderIn('fa');
    expect(html).toContain('>دومین اجلاس (پیش‌نویس)</option>');
    expect(html).toContain('>نخستین اجلاس</option>');
  });
});
