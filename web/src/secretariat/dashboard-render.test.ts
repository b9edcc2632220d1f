import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../api/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { ChartCard, type ChartCardProps } from './ChartCard.tsx';
import { chartsOf } from './dashboard-figures.tsx';
import secretariatEn from './locales/en.json';
import secretariatFa from './locales/fa.json';

const SESSION = '11111111-1111-4111-8111-111111111111';

/** An edition a month before the summit: people registered, nobody checked in yet. */
const dashboard: Dashboard = {
  editionId: 'caspian-governors-summit-2026',
  timeZone: 'Asia/Tehran',
  byCountry: [{ key: 'IR', count: 12 }],
  byProvince: [],
  byRole: [{ key: 'member', count: 12 }],
  byStatus: [
    { key: 'approved', count: 30 },
    { key: 'pending', count: 6 },
    { key: 'rejected', count: 3 },
    { key: 'cancelled', count: 1 },
  ],
  dailyAttendance: [],
  sessionAttendance: [
    {
      sessionId: SESSION,
      title: { fa: 'افتتاحیه', en: 'Opening' },
      startsAt: '2026-11-18T06:30:00.000Z',
      seatsReserved: 0,
      checkedIn: 0,
    },
  ],
  incompleteDelegations: [],
};

const render = (props: ChartCardProps) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ChartCard, props)));

const chartsIn = async (locale: Locale, figures: Dashboard = dashboard) => {
  await i18n.changeLanguage(locale);
  return chartsOf(figures, i18n.getFixedT(locale, 'secretariat'), locale, (id) => id);
};

const chart = (charts: ChartCardProps[], id: string) => {
  const found = charts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'fa',
    resources: { fa: { secretariat: secretariatFa }, en: { secretariat: secretariatEn } },
    interpolation: { escapeValue: false },
  });
});

describe('a dashboard figure with nothing yet', () => {
  it('says in English what is missing and what will fill it, instead of an all-zero chart of the sessions', async () => {
    const html = render(chart(await chartsIn('en'), 'session-attendance'));
    expect(html).toContain('data-testid="dashboard-session-attendance-empty"');
    expect(html).toContain(secretariatEn.dashboard.empty.sessions);
    expect(html).not.toContain('data-testid="chart-session-attendance"');
    expect(html).not.toContain('<table');
  });

  it('says so in Persian too, for a figure without any rows', async () => {
    const charts = await chartsIn('fa');
    const html = render(chart(charts, 'daily-attendance'));
    expect(html).toContain(secretariatFa.dashboard.empty.daily);
    expect(render(chart(charts, 'by-province'))).toContain(secretariatFa.dashboard.empty.byProvince);
  });

  it('tells an edition without sessions apart from sessions nobody has come to yet', async () => {
    const charts = await chartsIn('en', { ...dashboard, sessionAttendance: [] });
    expect(chart(charts, 'session-attendance').empty).toBe(secretariatEn.dashboard.empty.noSessions);
  });

  it('draws the chart and its table once one value is above zero', async () => {
    const seated = { ...dashboard, sessionAttendance: [{ ...dashboard.sessionAttendance[0]!, seatsReserved: 4 }] };
    const html = render(chart(await chartsIn('en', seated), 'session-attendance'));
    expect(html).toContain('data-testid="chart-session-attendance"');
    expect(html).toContain('<table');
    expect(html).not.toContain('dashboard-session-attendance-empty');
  });
});

describe('the donut of registrations by status', () => {
  it('has its legend beside it in Persian: a swatch per status, the count and the share in Persian digits', async () => {
    const html = render(chart(await chartsIn('fa'), 'by-status'));
    expect(html).toContain('data-testid="chart-by-status"');
    expect(html).toContain(secretariatFa.column.share);
    expect(html.match(/class="chart-swatch"/g)).toHaveLength(4);
    // 30 of 40 approved, 1 of 40 cancelled: the thin slice is named in the legend, not on the ring.
    expect(html).toContain('>۳۰<');
    expect(html).toMatch(/>\u200e?۷۵\u200e?٪</);
    expect(html).toMatch(/>\u200e?۲٫۵\u200e?٪</);
    expect(html).toContain(secretariatFa.status.cancelled);
    expect(html).not.toMatch(/>\d+(\.\d+)?%</);
  });

  it('gives a bar chart no share column', async () => {
    const html = render(chart(await chartsIn('en'), 'by-country'));
    expect(html).not.toContain(secretariatEn.column.share);
    expect(html).not.toContain('chart-swatch');
  });
});
