import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransitLeg, TransitNode, TransitRoute } from '../api/types.ts';
import translationFa from '../i18n/locales/fa.json';
import { createFrame } from '../map/map-geometry.ts';
import transitFa from './locales/fa.json';
import { NetworkOverlay } from './NetworkOverlay.tsx';
import { RoutesTable } from './RoutesTable.tsx';
import { RouteSteps } from './RouteSteps.tsx';

const names = { rasht: 'رشت', 'bc-astara': 'گذرگاه مرزی آستارا', moscow: 'مسکو' } as Record<string, string>;
const nameOfNode = (id: string) => names[id] ?? id;

const route: TransitRoute = {
  totals: {
    hours: 80.3,
    usdPerTonne: 82.03,
    borders: 1,
    co2KgPerTonne: 47.5,
    distanceKm: 1240.8,
    estimatedDistanceKm: 162,
  },
  steps: [
    {
      legId: 'rasht__bc-astara__road',
      fromNodeId: 'rasht',
      toNodeId: 'bc-astara',
      mode: 'road',
      distanceKm: 162,
      distanceEstimated: true,
      travelHours: 3.6,
      travelUsdPerTonne: 16.2,
      co2KgPerTonne: 13,
      crossesBorder: true,
      penalties: [{ kind: 'border_dwell', nodeId: 'bc-astara', hours: 24, usdPerTonne: 0 }],
    },
  ],
  bestFor: ['fastest', 'fewest_borders'],
};

const render = (element: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));

describe('the planner in Persian', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'fa',
      resources: { fa: { translation: translationFa, transit: transitFa } },
      interpolation: { escapeValue: false },
    });
  });

  it("shows a route's totals with Persian digits, its estimated part and what it is best for", () => {
    const html = render(
      createElement(RoutesTable, {
        routes: [route],
        tonnes: 20,
        selectedIndex: 0,
        names: { nameOfNode },
        onSelect: () => {},
        onPreview: () => {},
      }),
    );
    expect(html).toContain('۳ روز و ۸ ساعت');
    expect(html).toContain('که ۱۶۲ کیلومتر از آن برآوردی است');
    expect(html).toContain('data-testid="estimate-badge"');
    expect(html).toContain('سریع‌ترین');
    expect(html).toContain('کمترین مرز');
    expect(html).toContain('۰٫۹۵ تن');
    expect(html).not.toMatch(/>[^<]*\d[^<]*</);
  });

  it('explains each leg: an estimated distance says how it was made, a border wait names the crossing', () => {
    const html = render(createElement(RouteSteps, { route, names: { nameOfNode } }));
    expect(html).toContain('رشت ← گذرگاه مرزی آستارا');
    expect(html).toContain('فاصلهٔ دایرهٔ عظیمه × ضریب انحراف مسیر');
    expect(html).toContain('انتظار در مرز در گذرگاه مرزی آستارا: ۱ روز');
    expect(html).toContain('عبور از مرز');
  });

  it("gives every leg and node drawn on the map a title in the reader's language, leaving Moscow off the map", () => {
    const node = (id: string, kind: string, lat: number, lon: number) =>
      ({ id, kind, lat, lon, names: { fa: names[id] } }) as unknown as TransitNode;
    const nodes = [
      node('rasht', 'city', 37.28, 49.58),
      node('bc-astara', 'border_crossing', 38.43, 48.87),
      node('moscow', 'city', 55.75, 37.62),
    ];
    const legs = [
      {
        id: 'rasht__bc-astara__rail',
        fromNodeId: 'rasht',
        toNodeId: 'bc-astara',
        mode: 'rail',
        status: 'planned',
      } as unknown as TransitLeg,
    ];
    const nodesById = new Map(nodes.map((n) => [n.id, n]));
    const nameOfLeg = () => 'رشت – گذرگاه مرزی آستارا (ریلی)';
    const html = render(
      createElement(
        'svg',
        null,
        createElement(NetworkOverlay, {
          frame: createFrame(600),
          nodes,
          legs,
          names: { nodesById, nameOfNode, nameOfLeg },
        }),
      ),
    );
    expect(html).toContain('<title>رشت – گذرگاه مرزی آستارا (ریلی)، برنامه‌ریزی‌شده</title>');
    expect(html).toContain('class="transit-leg transit-leg--rail transit-leg--not-built"');
    expect(html).toContain('<title>گذرگاه مرزی آستارا (گذرگاه مرزی)</title>');
    expect(html).not.toContain('data-node-id="moscow"');
  });
});
