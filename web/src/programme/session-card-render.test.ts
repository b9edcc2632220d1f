import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeSession } from '../api/types.ts';
import translationFa from '../i18n/locales/fa.json';
import programmeFa from './locales/fa.json';
import { SessionCard } from './SessionCard.tsx';

const session: ProgrammeSession = {
  id: '11111111-1111-4111-8111-111111111111',
  editionId: 'caspian-governors-summit-2025',
  kind: 'specialist_panel',
  panelId: null,
  roomId: '22222222-2222-4222-8222-222222222222',
  roomName: { fa: 'سالن الف', en: 'Hall A' },
  startsAt: '2025-11-18T11:00:00.000Z',
  endsAt: '2025-11-18T13:00:00.000Z',
  title: { fa: 'ترانزیت و لجستیک' },
  abstract: {},
  languagesSpoken: ['fa', 'ru'],
  languagesInterpreted: ['en'],
  capacity: null,
  seatCapacity: 180,
  seatsTaken: 0,
  people: [
    {
      participantId: '33333333-3333-4333-8333-333333333333',
      role: 'speaker',
      nameNative: 'سارا محمدی',
      nameLatin: 'Sara Mohammadi',
      position: null,
    },
  ],
  isDemo: true,
};

describe('a session card in Persian', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'fa',
      resources: { fa: { translation: translationFa, programme: programmeFa } },
      interpolation: { escapeValue: false },
    });
  });

  it('shows the time in the edition zone with Persian digits, the room, the people, the demo badge and a calendar link', () => {
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(SessionCard, { session, panel: undefined, timeZone: 'Asia/Tehran' }),
      ),
    );
    expect(html).toContain('۱۴:۳۰–۱۶:۳۰');
    expect(html).toContain('سالن الف');
    expect(html).toContain('سارا محمدی');
    expect(html).toContain('data-testid="demo-badge"');
    expect(html).toContain(`/api/sessions/${session.id}/calendar.ics?lang=fa`);
    expect(html).toContain('پنل تخصصی');
  });
});
