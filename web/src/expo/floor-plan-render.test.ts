import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExpoFloor } from '../api/types.ts';
import translationFa from '../i18n/locales/fa.json';
import expoFa from './locales/fa.json';
import { FloorPlan } from './FloorPlan.tsx';

const floor: ExpoFloor = {
  halls: [
    {
      id: 'h1',
      expoId: 'x',
      name: { fa: 'سالن الف' },
      widthM: 20,
      depthM: 10,
      sortOrder: 0,
      isDemo: true,
      booths: [
        {
          id: 'b1',
          hallId: 'h1',
          code: 'A1',
          xM: 0,
          yM: 0,
          widthM: 3,
          depthM: 3,
          exhibitor: { id: 'e1', organisation: 'Lahijan Tea', isDemo: true },
        },
        { id: 'b2', hallId: 'h1', code: 'A2', xM: 3, yM: 0, widthM: 3, depthM: 3, exhibitor: null },
      ],
    },
  ],
};

describe('the floor plan drawn from data', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'fa',
      resources: { fa: { translation: translationFa, expo: expoFa } },
      interpolation: { escapeValue: false },
    });
  });

  const render = (onSelectBooth?: () => void) =>
    renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(MemoryRouter, null, createElement(FloorPlan, { floor, onSelectBooth })),
      ),
    );

  it('draws each booth where the data puts it, with its code and holder, and the same in a table', () => {
    const html = render();
    expect(html).toContain('<rect x="3" y="0" width="3" height="3" fill="#ffffff">');
    expect(html).toContain('<title>غرفه A1: Lahijan Tea</title>');
    expect(html).toContain('<title>غرفه A2: آزاد</title>');
    expect(html).toContain('data-testid="floor-table"');
    expect(html.match(/<th scope="row">A\d<\/th>/g)).toHaveLength(2);
    expect(html).not.toContain('role="button"');
  });

  it('makes booths buttons only where the page lets them be clicked', () => {
    expect(render(() => undefined).match(/role="button"/g)).toHaveLength(2);
  });
});
