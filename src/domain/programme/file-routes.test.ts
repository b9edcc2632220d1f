import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertRoom, insertSession } from '../../platform/testing/factories/programme.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const EDITION = 'caspian-governors-summit-2025';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const { t } = setUpTestApp();
let sessionId: string;

beforeAll(async () => {
  const roomId = await insertRoom(t.database.db, {
    editionId: EDITION,
    name: { en: 'Calendar hall', ru: 'Зал календаря' },
    capacity: 20,
  });
  sessionId = await insertSession(t.database.db, {
    editionId: EDITION,
    kind: 'side_event',
    roomId,
    title: { en: 'Sturgeon caviar trade', ru: 'Торговля икрой' },
    abstract: { en: 'Quotas and labels' },
    startsAt: '2025-11-21T23:00:00+03:30',
    endsAt: '2025-11-21T23:45:00+03:30',
  });
});

describe('add to calendar', () => {
  it('gives the session as an iCalendar event in UTC, titled in the request language', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/sessions/${sessionId}/calendar.ics`,
      headers: { 'accept-language': 'ru' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const text = response.body.replace(/\r\n /g, '');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('DTSTART:20251121T193000Z');
    expect(text).toContain('DTEND:20251121T201500Z');
    expect(text).toContain('SUMMARY:Торговля икрой');
    expect(text).toContain('LOCATION:Зал календаря');
  });

  it('falls back to another language when the title has none in the request language', async () => {
    const text = (await t.request({ method: 'GET', url: `/api/sessions/${sessionId}/calendar.ics?lang=kk` })).body;
    expect(text).toContain('SUMMARY:Sturgeon caviar trade');
  });

  it('answers a problem for an unknown session', async () => {
    const response = await t.request({ method: 'GET', url: `/api/sessions/${UNKNOWN}/calendar.ics` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('session_not_found');
  });

  it('gives the whole programme as one calendar, one event per session', async () => {
    const programme = (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/programme` })).json();
    const text = (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/programme.ics` })).body;
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(programme.sessions.length);
    expect((await t.request({ method: 'GET', url: '/api/editions/summit-1999/programme.ics' })).statusCode).toBe(404);
  });
});

describe('programme workbook', () => {
  it('has translated headings and the times in the edition zone', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION}/programme.xlsx`,
      headers: { 'accept-language': 'ru' },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Программа');
    expect(sheet.getRow(1).getCell(1).value).toBe('День');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const row = rows.find((cells) => cells.includes('Торговля икрой'));
    expect(row).toEqual(expect.arrayContaining(['Asia/Tehran', 'Зал календаря']));
    // Typed cells: the day a date, start and end date-times in the edition's zone shown as times.
    const rowNumber = rows.indexOf(row!) + 1;
    const [day, starts, ends] = [1, 2, 3].map((column) => sheet.getCell(rowNumber, column));
    expect(day!.type).toBe(ExcelJS.ValueType.Date);
    expect(day!.value).toEqual(new Date('2025-11-21T00:00:00Z'));
    expect(day!.numFmt).toBe('yyyy-mm-dd');
    expect(starts!.type).toBe(ExcelJS.ValueType.Date);
    expect(starts!.value).toEqual(new Date('2025-11-21T23:00:00Z'));
    expect(starts!.numFmt).toBe('hh:mm');
    expect(ends!.value).toEqual(new Date('2025-11-21T23:45:00Z'));
  });

  it('names the languages of a session in the reader language, not by their codes', async () => {
    const response = await t.request({ method: 'GET', url: `/api/editions/${EDITION}/programme.xlsx?lang=fa` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const languagesColumn = (sheet.getRow(1).values as unknown[]).indexOf('زبان‌ها');
    const spoken = sheet.getColumn(languagesColumn).values.slice(2).filter(Boolean).map(String);
    expect(spoken.length).toBeGreaterThan(0);
    expect(spoken.join(', ')).not.toMatch(/\b(fa|ru|en|az|kk|tk)\b/);
    expect(spoken.some((names) => names.includes('فارسی'))).toBe(true);
  });
});

describe('the demo programme of 2025', () => {
  it('holds the opening, the general panel and the three specialist panels linked to the seeded panels, all flagged demo', async () => {
    const programme = (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/programme` })).json();
    const seeded = programme.sessions.filter((session: { id: string }) => session.id !== sessionId);
    expect(seeded.every((session: { isDemo: boolean }) => session.isDemo)).toBe(true);
    expect(
      seeded
        .map((session: { panelId: string | null }) => session.panelId)
        .filter(Boolean)
        .sort(),
    ).toEqual(
      ['general', 'panel-1-economy', 'panel-2-transit', 'panel-3-environment'].map((panel) => `${EDITION}/${panel}`),
    );
    expect(new Set(seeded.map((session: { kind: string }) => session.kind))).toEqual(
      new Set(['opening', 'break', 'general_panel', 'specialist_panel', 'bilateral_block', 'expo_visit', 'closing']),
    );
    const main = programme.rooms.find((room: { name: { en: string } }) => room.name.en === 'Main hall');
    expect(main.interpretationBooths).toContainEqual({ from: 'fa', to: 'ru' });
  });
});
