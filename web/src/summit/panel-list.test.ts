import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Panel } from '../api/types.ts';
import translationFa from '../i18n/locales/fa.json';
import { PanelList } from './PanelList.tsx';

const panel = (moderatorName: Panel['moderatorName']): Panel =>
  ({
    id: 'p1',
    kind: 'general',
    number: null,
    title: { fa: 'پنل عمومی', en: 'General panel' },
    moderatorName,
    moderatorRole: { en: 'Governor of Gilan' },
    sources: [],
  }) as unknown as Panel;

const render = (panels: Panel[]) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(PanelList, { panels })));

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'fa',
    resources: { fa: { translation: translationFa } },
    interpolation: { escapeValue: false },
  });
});

describe('a panel on the home page', () => {
  it('names its moderator and role when the secretariat has given them', () => {
    const html = render([panel({ fa: 'علی' })]);
    expect(html).toContain('علی');
    expect(html).toContain('Governor of Gilan');
    expect(html).not.toContain(translationFa.panels.moderatorToBeAnnounced);
  });

  it('says the moderator is still to be announced on a copied panel, not "not available" twice', () => {
    const html = render([panel({})]);
    expect(html).toContain(translationFa.panels.moderatorToBeAnnounced);
    expect(html).not.toContain(translationFa.common.notAvailable);
    expect(html).not.toContain('Governor of Gilan');
  });
});
