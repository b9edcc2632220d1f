import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import translationEn from '../i18n/locales/en.json';
import translationFa from '../i18n/locales/fa.json';
import meetingsEn from '../meetings/locales/en.json';
import meetingsFa from '../meetings/locales/fa.json';
import type { GridMeeting, MeetingGrid as Grid, MeetingRequest } from './admin-types.ts';
import meetingsAdminEn from './locales/en.json';
import meetingsAdminFa from './locales/fa.json';
import { MeetingGrid } from './MeetingGrid.tsx';

const ids = {
  hall: '10000000-0000-4000-8000-000000000001',
  table: '10000000-0000-4000-8000-000000000002',
  nine: '20000000-0000-4000-8000-000000000001',
  nineForty: '20000000-0000-4000-8000-000000000002',
  tenTwenty: '20000000-0000-4000-8000-000000000003',
  nextDay: '20000000-0000-4000-8000-000000000004',
  interpreter: '30000000-0000-4000-8000-000000000001',
  governors: '40000000-0000-4000-8000-000000000001',
  tea: '40000000-0000-4000-8000-000000000002',
};

const slot = (id: string, day: string, startsAt: string, endsAt: string) => ({ id, day, startsAt, endsAt });

function meeting(id: string, change: Partial<GridMeeting>): GridMeeting {
  return {
    id,
    editionId: 'caspian-governors-summit-2025',
    requestId: `${id.slice(0, -1)}9`,
    slotId: ids.nine,
    roomId: ids.hall,
    interpreterId: null,
    kind: 'b2b',
    priority: 'want',
    topic: 'Tea',
    people: [],
    locked: false,
    state: 'provisional',
    outcome: null,
    outcomeNotes: null,
    followUp: null,
    publishedAt: null,
    isDemo: false,
    ...change,
  };
}

// Rooms come in the wrong order on purpose: G2G rooms are drawn first whatever the server's order.
const grid: Grid = {
  slots: [
    slot(ids.nextDay, '2025-11-19', '2025-11-19T05:30:00.000Z', '2025-11-19T06:00:00.000Z'),
    slot(ids.tenTwenty, '2025-11-18', '2025-11-18T06:50:00.000Z', '2025-11-18T07:20:00.000Z'),
    slot(ids.nine, '2025-11-18', '2025-11-18T05:30:00.000Z', '2025-11-18T06:00:00.000Z'),
    slot(ids.nineForty, '2025-11-18', '2025-11-18T06:10:00.000Z', '2025-11-18T06:40:00.000Z'),
  ],
  rooms: [
    {
      id: ids.table,
      editionId: 'e',
      kind: 'b2b',
      name: { en: 'Table 1', fa: 'میز ۱' },
      capacity: 4,
      place: 'expo',
      sortOrder: 0,
    },
    {
      id: ids.hall,
      editionId: 'e',
      kind: 'g2g',
      name: { en: 'Hall A', fa: 'سالن الف' },
      capacity: 12,
      place: 'hall',
      sortOrder: 5,
    },
  ],
  interpreters: [
    { id: ids.interpreter, editionId: 'e', name: 'Leyla Aliyeva', languagePairs: [['fa', 'ru']], availableDays: [] },
  ],
  meetings: [
    meeting(ids.governors, {
      kind: 'g2g',
      topic: 'Caspian shipping',
      slotId: ids.nineForty,
      roomId: ids.hall,
      interpreterId: ids.interpreter,
      locked: true,
      people: [
        { participantId: 'p1', nameNative: 'علی رضایی', nameLatin: 'Ali Rezaei', side: 'requester' },
        { participantId: 'p2', nameNative: 'Игорь Бабушкин', nameLatin: 'Igor Babushkin', side: 'receiver' },
      ],
    }),
    meeting(ids.tea, {
      topic: 'Lahijan tea for Aktau',
      slotId: ids.tenTwenty,
      roomId: ids.table,
      state: 'published',
      isDemo: true,
    }),
  ],
};

const side = (provinceId: string | null) => ({ delegationId: null, provinceId, people: [], languages: [] });
const governorsRequest = {
  id: grid.meetings[0]!.requestId,
  requester: side('gilan'),
  receiver: side('astrakhan'),
} as unknown as MeetingRequest;

const provinceNames: Record<string, Record<string, string>> = {
  gilan: { fa: 'گیلان', en: 'Gilan' },
  astrakhan: { fa: 'آستاراخان', en: 'Astrakhan' },
};

function render(locale: 'fa' | 'en', inTheWay: string[] = []) {
  void i18n.changeLanguage(locale);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(MeetingGrid, {
        grid,
        requests: new Map([[governorsRequest.id, governorsRequest]]),
        timeZone: 'Asia/Tehran',
        provinceName: (id) => (id ? (provinceNames[id]?.[locale] ?? id) : ''),
        selectedId: null,
        inTheWay: new Set(inTheWay),
        onSelect: () => undefined,
        onMove: () => undefined,
        panelFor: () => null,
      }),
    ),
  );
}

/** Where a card stands: its row's room, its cell's slot, and which column the cell is in. */
function placeOf(html: string, meetingId: string) {
  const tables = html.split('<table').slice(1);
  for (const table of tables) {
    const headers = [...table.split('</thead>')[0]!.matchAll(/<th scope="col" data-slot-id="([^"]+)"/g)].map(
      (match) => match[1],
    );
    for (const row of table.split('<tr').slice(1)) {
      const cells = row.split('<td').slice(1);
      const column = cells.findIndex((cell) => cell.includes(`data-meeting-id="${meetingId}"`));
      if (column === -1) continue;
      return {
        roomId: /^ data-room-id="([^"]+)"/.exec(row)?.[1],
        rowHeader: /<th scope="row"[^>]*>(.*?)<\/th>/.exec(row)?.[1] ?? '',
        cellSlotId: /data-slot-id="([^"]+)"/.exec(cells[column]!)?.[1],
        columnSlotId: headers[column],
        card: cells[column]!,
      };
    }
  }
  return null;
}

describe('the secretariat’s meeting grid', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'fa',
      resources: {
        fa: { translation: translationFa, meetings: meetingsFa, meetingsAdmin: meetingsAdminFa },
        en: { translation: translationEn, meetings: meetingsEn, meetingsAdmin: meetingsAdminEn },
      },
      interpolation: { escapeValue: false },
    });
  });

  it('puts each meeting in its room’s row under its slot’s column, with G2G rooms first and slots in time order', () => {
    const html = render('en');
    const governors = placeOf(html, ids.governors);
    expect(governors).toMatchObject({ roomId: ids.hall, cellSlotId: ids.nineForty, columnSlotId: ids.nineForty });
    expect(governors?.rowHeader).toContain('Hall A');
    const tea = placeOf(html, ids.tea);
    expect(tea).toMatchObject({ roomId: ids.table, cellSlotId: ids.tenTwenty, columnSlotId: ids.tenTwenty });
    expect(tea?.rowHeader).toContain('Table 1');
    expect(html.indexOf(`data-room-id="${ids.hall}"`)).toBeLessThan(html.indexOf(`data-room-id="${ids.table}"`));
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html.indexOf('09:00–09:30')).toBeLessThan(html.indexOf('09:40–10:10'));
    expect(html.indexOf('09:40–10:10')).toBeLessThan(html.indexOf('10:20–10:50'));
  });

  it('shows a locked meeting as locked and not draggable, and an unlocked one as draggable', () => {
    const html = render('en');
    const locked = placeOf(html, ids.governors)!.card;
    expect(locked).toContain('data-locked="true"');
    expect(locked).toContain('draggable="false"');
    expect(locked).toMatch(/<svg class="lock-icon"[^>]*aria-label="Locked"/);
    const open = placeOf(html, ids.tea)!.card;
    expect(open).toContain('draggable="true"');
    expect(open).not.toContain('lock-icon');
    expect(open).toContain('Published');
    expect(locked).toContain('Provisional');
  });

  it('names the sides by province and in the reader’s script, and the interpreter', () => {
    const card = placeOf(render('en'), ids.governors)!.card;
    expect(card).toContain('Gilan');
    expect(card).toContain('Ali Rezaei');
    expect(card).toContain('Igor Babushkin');
    expect(card).toContain('Leyla Aliyeva');
    const persian = placeOf(render('fa'), ids.governors)!.card;
    expect(persian).toContain('گیلان');
    expect(persian).toContain('علی رضایی');
  });

  it('marks a meeting the seed invented as a demo, with why in its title, and a real one not', () => {
    const demo = placeOf(render('en'), ids.tea)!.card;
    expect(demo).toMatch(
      /<span class="badge demo-badge" title="Invented to show how meetings are requested and scheduled[^"]*" data-testid="demo-badge">Demo<\/span>/,
    );
    expect(placeOf(render('en'), ids.governors)!.card).not.toContain('demo-badge');
    expect(placeOf(render('fa'), ids.tea)!.card).toContain('>نمونه</span>');
  });

  it('marks the meetings the server named as standing in the way of a move', () => {
    const html = render('en', [ids.tea]);
    expect(placeOf(html, ids.tea)!.card).toMatch(/class="[^"]*in-the-way/);
    expect(placeOf(html, ids.governors)!.card).not.toContain('in-the-way');
  });

  it('lays the grid out right to left in Persian, with Persian digits and Solar Hijri days', () => {
    const html = render('fa');
    expect(html.match(/class="grid-scroll" dir="rtl"/g)).toHaveLength(2);
    expect(html).toContain('۰۹:۰۰–۰۹:۳۰');
    expect(html).toContain('۱۴۰۴');
    expect(html).toContain('سالن الف');
    expect(html).not.toMatch(/>\d\d:\d\d/);
    expect(render('en')).toContain('class="grid-scroll" dir="ltr"');
  });
});
