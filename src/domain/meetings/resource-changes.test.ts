import { beforeAll, describe, expect, it } from 'vitest';
import { delegationHeadOf, delegationIdOf } from '../../platform/testing/factories/delegations.ts';
import {
  insertAcceptedRequest,
  insertInterpreter,
  insertMeetingRoom,
  removeAllMeetings,
} from '../../platform/testing/factories/meetings.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const { t, secretariat, gilanOffice } = setUpTestApp({
  secretariat: { role: 'secretariat_staff' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
});

const meetingsUrl = `/api/editions/${EDITION_2025}/meetings`;
const ids: Record<string, string> = {};
const hall = { kind: 'g2g', name: { en: 'Protocol room' }, capacity: 8, place: 'hall' };
const farsiRussian = { name: 'Olga Farsi', languagePairs: [['fa', 'ru']], availableDays: [] };

const roomsNow = async () =>
  (await t.request({ method: 'GET', url: `${meetingsUrl}/rooms`, as: secretariat })).json() as { id: string }[];
const interpretersNow = async () =>
  (await t.request({ method: 'GET', url: `${meetingsUrl}/interpreters`, as: secretariat })).json() as {
    id: string;
    name: string;
  }[];

beforeAll(async () => {
  const db = t.database.db;
  await removeAllMeetings(db);
  ids.room = await insertMeetingRoom(db, { name: hall.name });
  ids.spareTable = await insertMeetingRoom(db, { kind: 'b2b', capacity: 2, place: 'expo' });
  ids.interpreter = await insertInterpreter(db, { name: farsiRussian.name });
  ids.spareInterpreter = await insertInterpreter(db, { name: 'Spare', languagePairs: [['az', 'en']] });
  const side = async (province: string, language: 'fa' | 'ru') => ({
    delegationId: (await delegationIdOf(db, EDITION_2025, province))!,
    participantIds: [await delegationHeadOf(db, EDITION_2025, province)],
    languages: [language],
  });
  await insertAcceptedRequest(db, {
    kind: 'g2g',
    requester: await side('gilan', 'fa'),
    receiver: await side('astrakhan', 'ru'),
    createdBy: secretariat.actor.userId,
  });
  const run = await t.request({ method: 'POST', url: `${meetingsUrl}/schedule`, as: secretariat, payload: {} });
  const [meeting] = run.json().meetings;
  expect(meeting).toMatchObject({ roomId: ids.room, interpreterId: ids.interpreter });
  ids.meeting = meeting.id;
});

describe('changing a room or table', () => {
  it('renames a room with a meeting in it', async () => {
    const renamed = { ...hall, name: { en: 'Flag room', fa: 'تالار پرچم‌ها' } };
    const answer = await t.request({
      method: 'PUT',
      url: `/api/meetings/rooms/${ids.room}`,
      as: secretariat,
      payload: renamed,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().name).toEqual(renamed.name);
  });

  it('refuses to make it a B2B table while a G2G meeting stands in it, naming the meeting', async () => {
    const answer = await t.request({
      method: 'PUT',
      url: `/api/meetings/rooms/${ids.room}`,
      as: secretariat,
      payload: { ...hall, kind: 'b2b' },
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'meeting_room_in_use', meetingIds: [ids.meeting] });
    const rooms = await roomsNow();
    expect(rooms.find((room) => room.id === ids.room)).toMatchObject({ kind: 'g2g' });
  });

  it('removes an empty table, and refuses a room with a meeting in it', async () => {
    const refused = await t.request({ method: 'DELETE', url: `/api/meetings/rooms/${ids.room}`, as: secretariat });
    expect(refused.statusCode).toBe(409);
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/meetings/rooms/${ids.spareTable}`,
      as: secretariat,
    });
    expect(removed.json()).toEqual({ deleted: true });
    expect((await roomsNow()).map((room) => room.id)).toEqual([ids.room]);
  });
});

describe('changing an interpreter', () => {
  it('refuses language pairs that would leave their fa↔ru meeting without them, and keeps the old ones', async () => {
    const url = `/api/meetings/interpreters/${ids.interpreter}`;
    const refused = await t.request({
      method: 'PUT',
      url,
      as: secretariat,
      payload: { ...farsiRussian, languagePairs: [['en', 'az']] },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'interpreter_in_use', meetingIds: [ids.meeting] });
    const renamed = await t.request({
      method: 'PUT',
      url,
      as: secretariat,
      payload: { ...farsiRussian, name: 'Olga F.' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Olga F.', languagePairs: [['fa', 'ru']] });
  });

  it('removes an unbooked interpreter, refuses a booked one, and is the secretariat’s alone', async () => {
    const booked = await t.request({
      method: 'DELETE',
      url: `/api/meetings/interpreters/${ids.interpreter}`,
      as: secretariat,
    });
    expect(booked.statusCode).toBe(409);
    const foreign = await t.request({
      method: 'DELETE',
      url: `/api/meetings/interpreters/${ids.spareInterpreter}`,
      as: gilanOffice,
    });
    expect(foreign.statusCode).toBe(403);
    const spare = await t.request({
      method: 'DELETE',
      url: `/api/meetings/interpreters/${ids.spareInterpreter}`,
      as: secretariat,
    });
    expect(spare.statusCode).toBe(200);
    expect((await interpretersNow()).map((interpreter) => interpreter.id)).toEqual([ids.interpreter]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.request({ method: 'DELETE', url: `/api/meetings/rooms/${unknown}`, as: secretariat })).statusCode,
    ).toBe(404);
  });
});
