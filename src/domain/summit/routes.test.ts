import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const { t } = setUpTestApp();

describe('the current edition', () => {
  it('is the 2025 summit in Rasht, hosted by Gilan, 18–21 November in Tehran time', async () => {
    const response = await t.request({ method: 'GET', url: '/api/editions/current' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 'caspian-governors-summit-2025',
      hostProvinceId: 'gilan',
      startsOn: '2025-11-18',
      endsOn: '2025-11-21',
      timeZone: 'Asia/Tehran',
      slogan: { fa: 'خزر، پل دوستی و توسعه منطقه‌ای', en: 'Caspian, bridge of friendship and regional development' },
    });
  });

  it('has one general and three specialist panels, each with a moderator', async () => {
    const { panels } = (await t.request({ method: 'GET', url: '/api/editions/current' })).json();
    expect(panels.map((panel: { kind: string }) => panel.kind).sort()).toEqual([
      'general',
      'specialist',
      'specialist',
      'specialist',
    ]);
    for (const panel of panels) expect(panel.moderatorName.fa).toBeTruthy();
    expect(panels.find((panel: { number: number }) => panel.number === 2).moderatorName.en).toBe('Saeed Rasouli');
  });

  it('lists five Iranian and seven foreign provinces with Gilan as host, an opening and a closing speaker, and the expo', async () => {
    const edition = (await t.request({ method: 'GET', url: '/api/editions/current' })).json();
    expect(edition.provinces).toHaveLength(12);
    expect(edition.provinces.filter((entry: { role: string }) => entry.role === 'host')).toEqual([
      { provinceId: 'gilan', role: 'host' },
    ]);
    expect(edition.speakers.map((speaker: { slot: string }) => speaker.slot).sort()).toEqual([
      'closing_keynote',
      'opening_keynote',
    ]);
    expect(edition.expos[0]).toMatchObject({ id: 'caspian-expo-2025', targetMarkets: ['RU', 'AZ', 'TM', 'KZ'] });
  });
});

describe('editions', () => {
  it('lists the editions and finds one by id', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/editions' })).json();
    expect(list.map((edition: { id: string }) => edition.id)).toEqual(['caspian-governors-summit-2025']);
    expect(
      (await t.request({ method: 'GET', url: '/api/editions/caspian-governors-summit-2025' })).json().ordinal,
    ).toBe(1);
  });

  it('answers 404 edition_not_found for an unknown edition', async () => {
    const response = await t.request({ method: 'GET', url: '/api/editions/summit-1999' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('edition_not_found');
  });
});

describe('programme order', () => {
  it('lists the general panel first, then specialist panels by number, and the opening speaker before the closing one', async () => {
    const edition = (await t.request({ method: 'GET', url: '/api/editions/current' })).json();
    expect(edition.panels.map((panel: { number: number | null }) => panel.number)).toEqual([null, 1, 2, 3]);
    expect(edition.speakers.map((speaker: { slot: string }) => speaker.slot)).toEqual([
      'opening_keynote',
      'closing_keynote',
    ]);
  });
});
