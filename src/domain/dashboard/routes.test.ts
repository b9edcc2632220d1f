import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertCheckIn } from '../../platform/testing/factories/badges.ts';
import {
  insertDelegation,
  insertParticipant,
  type ParticipantSpec,
} from '../../platform/testing/factories/delegations.ts';
import { insertSeat, insertSession } from '../../platform/testing/factories/programme.ts';
import { insertEdition } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';

const EDITION = 'dashboard-test-edition';
const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'balkan' },
});
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = t.database.db;
  await insertEdition(db, { id: EDITION });
  const otherEdition = await insertEdition(db, { id: 'dashboard-other-edition' });
  const person = (spec: ParticipantSpec) => insertParticipant(db, { editionId: EDITION, ...spec });
  // Gilan: head and interpreter approved, nothing pending: complete.
  const gilan = await insertDelegation(db, { editionId: EDITION, provinceId: 'gilan', memberLimit: 6 });
  ids.gilanHead = await person({
    role: 'head',
    status: 'approved',
    countryCode: 'IR',
    provinceId: 'gilan',
    delegationId: gilan,
  });
  ids.gilanInterpreter = await person({
    role: 'interpreter',
    status: 'approved',
    countryCode: 'IR',
    provinceId: 'gilan',
    delegationId: gilan,
  });
  await person({ role: 'member', status: 'approved', countryCode: 'IR', provinceId: null, delegationId: gilan });
  // Astrakhan: head pending, no interpreter, one member rejected.
  const astrakhan = await insertDelegation(db, { editionId: EDITION, provinceId: 'astrakhan', memberLimit: 4 });
  await person({
    role: 'head',
    status: 'pending',
    countryCode: 'RU',
    provinceId: 'astrakhan',
    delegationId: astrakhan,
  });
  await person({
    role: 'member',
    status: 'rejected',
    countryCode: 'RU',
    provinceId: 'astrakhan',
    delegationId: astrakhan,
  });
  // Mangystau: nobody registered yet.
  await insertDelegation(db, { editionId: EDITION, provinceId: 'mangystau', memberLimit: 5 });
  // Someone outside any delegation, and a registration of another edition that must not count.
  ids.guest = await person({ role: 'guest', status: 'approved', countryCode: 'DE', provinceId: null });
  await insertParticipant(db, {
    editionId: otherEdition,
    role: 'guest',
    status: 'approved',
    countryCode: 'IR',
    provinceId: null,
  });

  const session = (title: string, startsAt: string) =>
    insertSession(db, { editionId: EDITION, title: { en: title }, startsAt });
  ids.opening = await session('Opening', '2026-11-17T06:00:00Z');
  ids.panel = await session('Transit panel', '2026-11-18T06:00:00Z');
  await insertSeat(db, { sessionId: ids.opening, participantId: ids.gilanHead });
  await insertSeat(db, { sessionId: ids.opening, participantId: ids.guest });
  await insertSeat(db, { sessionId: ids.panel, participantId: ids.gilanInterpreter });
  const checkIn = (participantId: string, day: string, sessionId?: string) =>
    insertCheckIn(db, { editionId: EDITION, participantId, day, sessionId });
  await checkIn(ids.gilanHead, '2026-11-17');
  await checkIn(ids.gilanHead, '2026-11-17', ids.opening);
  await checkIn(ids.guest, '2026-11-17');
  await checkIn(ids.gilanHead, '2026-11-18');
});

const dashboard = (as?: SignedInUser, editionId = EDITION, headers: Record<string, string> = {}) =>
  t.request({ method: 'GET', url: `/api/editions/${editionId}/dashboard`, as, headers });

/** The `{ key, count }` rows of a breakdown, in the order written. */
const counts = (byKey: Record<string, number>) => Object.entries(byKey).map(([key, count]) => ({ key, count }));

describe('the dashboard figures', () => {
  it('counts live registrations by country, province and role, and all of them by status', async () => {
    const response = await dashboard(staff);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.byCountry).toEqual(counts({ IR: 3, DE: 1, RU: 1 }));
    // The Gilan member has no province of their own and counts under their delegation's.
    expect(body.byProvince).toEqual(counts({ gilan: 3, astrakhan: 1 }));
    expect(body.byRole).toEqual(counts({ head: 2, guest: 1, interpreter: 1, member: 1 }));
    expect(body.byStatus).toEqual(counts({ approved: 4, pending: 1, rejected: 1 }));
  });

  it('counts each person once a day, and check-ins and seats per session', async () => {
    const body = (await dashboard(staff)).json();
    expect(body.dailyAttendance).toEqual([
      { day: '2026-11-17', count: 2 },
      { day: '2026-11-18', count: 1 },
    ]);
    expect(
      body.sessionAttendance.map(
        ({ title, seatsReserved, checkedIn }: { title: { en: string }; seatsReserved: number; checkedIn: number }) => [
          title.en,
          seatsReserved,
          checkedIn,
        ],
      ),
    ).toEqual([
      ['Opening', 2, 1],
      ['Transit panel', 1, 0],
    ]);
  });

  it('lists the delegations still to chase with what each lacks', async () => {
    const body = (await dashboard(staff)).json();
    expect(body.incompleteDelegations).toEqual([
      expect.objectContaining({
        provinceId: 'astrakhan',
        gaps: ['no_approved_head', 'no_approved_interpreter', 'pending_registrations'],
        pendingRegistrations: 1,
        seatsTaken: 1,
        seatsLeft: 3,
      }),
      expect.objectContaining({
        provinceId: 'mangystau',
        gaps: ['no_approved_head', 'no_approved_interpreter'],
        seatsLeft: 5,
      }),
    ]);
  });

  it('is for the secretariat only', async () => {
    expect((await dashboard(delegate)).statusCode).toBe(403);
    expect((await dashboard()).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/dashboard.xlsx`, as: delegate })).statusCode,
    ).toBe(403);
  });

  it('answers 404 for an unknown edition', async () => {
    const response = await dashboard(staff, 'no-such-edition');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('edition_not_found');
  });
});

describe('the dashboard workbook', () => {
  async function workbook(language: string) {
    const response = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION}/dashboard.xlsx`,
      as: staff,
      headers: { 'accept-language': language },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return book;
  }
  const rowsOf = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));

  it('has one sheet per chart with the same numbers as the API', async () => {
    const book = await workbook('en');
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'By country',
      'By province',
      'By role',
      'By status',
      'Attendance per day',
      'Attendance per session',
      'Incomplete delegations',
    ]);
    expect(rowsOf(book.worksheets[0]!)).toEqual([
      ['Country', 'Registrations'],
      ['Iran', 3],
      ['Germany', 1],
      ['Russia', 1],
    ]);
    expect(rowsOf(book.worksheets[1]!)).toEqual([
      ['Province', 'Registrations'],
      ['Gilan Province', 3],
      ['Astrakhan Oblast', 1],
    ]);
    expect(rowsOf(book.worksheets[4]!)).toEqual([
      ['Day', 'People checked in'],
      [new Date('2026-11-17T00:00:00Z'), 2],
      [new Date('2026-11-18T00:00:00Z'), 1],
    ]);
    expect(book.worksheets[4]!.getCell(2, 1).numFmt).toBe('yyyy-mm-dd');
    const sessions = rowsOf(book.worksheets[5]!);
    expect(sessions[0]).toEqual(['Session', 'Starts (Asia/Tehran)', 'Seats reserved', 'Checked in']);
    // 06:00 UTC is 09:30 in Tehran: a date cell holding the zone's wall-clock time.
    expect(sessions[1]![1]).toEqual(new Date('2026-11-17T09:30:00Z'));
    expect(book.worksheets[5]!.getCell(2, 2).type).toBe(ExcelJS.ValueType.Date);
    expect(sessions.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([
      ['Opening', 2, 1],
      ['Transit panel', 1, 0],
    ]);
    expect(rowsOf(book.worksheets[6]!)[1]).toEqual([
      'Astrakhan Oblast',
      'No',
      'No',
      1,
      4,
      1,
      3,
      'No approved head; No approved interpreter; Registrations pending',
    ]);
  });

  it('translates headers and names for the reader, right to left in Persian', async () => {
    const book = await workbook('fa');
    const sheet = book.worksheets[2]!;
    expect(sheet.name).toBe('بر پایه نقش');
    expect(rowsOf(sheet)[0]).toEqual(['نقش', 'ثبت‌نام‌ها']);
    expect(rowsOf(sheet)[1]).toEqual(['رئیس هیئت', 2]);
    expect(rowsOf(book.worksheets[1]!)[1]![0]).toBe('استان گیلان');
    expect(sheet.views[0]?.rightToLeft).toBe(true);
  });
});
