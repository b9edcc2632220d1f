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

const { t, secretariat, gilanOffice, astrakhanOffice } = setUpTestApp({
  secretariat: { role: 'secretariat_staff' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
  astrakhanOffice: { role: 'delegation_member', provinceId: 'astrakhan' },
});

const meetingsUrl = `/api/editions/${EDITION_2025}/meetings`;
const ids: Record<string, string> = {};
const FIRST_DAY = '2025-11-18';
const SECOND_DAY = '2025-11-19';
const hours = (day: string, from: number, to: number) => ({ day, startMinute: from * 60, endMinute: to * 60 });

type Slot = { id: string; day: string; startsAt: string };
type Meeting = { id: string; slotId: string };

const availabilityOf = (participantId: string) => `${meetingsUrl}/availability/${participantId}`;

async function slotsById(): Promise<Map<string, Slot>> {
  const grid = await t.request({ method: 'GET', url: meetingsUrl, as: secretariat });
  return new Map((grid.json().slots as Slot[]).map((slot) => [slot.id, slot]));
}

async function schedule(): Promise<Meeting[]> {
  const run = await t.request({
    method: 'POST',
    url: `${meetingsUrl}/schedule`,
    as: secretariat,
    payload: { iterations: 50, seed: 3 },
  });
  expect(run.statusCode).toBe(200);
  return run.json().meetings;
}

beforeAll(async () => {
  const db = t.database.db;
  await removeAllMeetings(db);
  const settings = await t.request({
    method: 'PUT',
    url: `${meetingsUrl}/settings`,
    as: secretariat,
    payload: {
      slotMinutes: 60,
      breakMinutes: 0,
      dayStartMinute: 9 * 60,
      dayEndMinute: 12 * 60,
      maxMeetingsPerDay: 3,
      requestQuotaPerDay: 5,
      travelMinutes: 0,
    },
  });
  expect(settings.statusCode).toBe(200);
  ids.gilanGovernor = await delegationHeadOf(db, EDITION_2025, 'gilan');
  ids.astrakhanGovernor = await delegationHeadOf(db, EDITION_2025, 'astrakhan');
  await insertMeetingRoom(db);
  await insertInterpreter(db);
  ids.request = await insertAcceptedRequest(db, {
    kind: 'g2g',
    priority: 'must',
    requester: {
      delegationId: (await delegationIdOf(db, EDITION_2025, 'gilan'))!,
      participantIds: [ids.gilanGovernor],
      languages: ['fa'],
    },
    receiver: {
      delegationId: (await delegationIdOf(db, EDITION_2025, 'astrakhan'))!,
      participantIds: [ids.astrakhanGovernor],
      languages: ['ru'],
    },
    createdBy: secretariat.actor.userId,
  });
});

describe('availability windows', () => {
  it('start as the whole summit, and are the person’s office’s and the secretariat’s to read', async () => {
    const own = await t.request({ method: 'GET', url: availabilityOf(ids.gilanGovernor!), as: gilanOffice });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ windows: null, meetingHours: { dayStartMinute: 540, dayEndMinute: 720 } });
    expect(own.json().days[0]).toBe(FIRST_DAY);
    const other = await t.request({ method: 'GET', url: availabilityOf(ids.gilanGovernor!), as: astrakhanOffice });
    expect(other.statusCode).toBe(403);
    const unknown = availabilityOf('00000000-0000-4000-8000-000000000000');
    expect((await t.request({ method: 'GET', url: unknown, as: secretariat })).statusCode).toBe(404);
  });

  it('keep a governor who arrives on the second day out of the first day’s meetings', async () => {
    const set = await t.request({
      method: 'PUT',
      url: availabilityOf(ids.gilanGovernor!),
      as: gilanOffice,
      payload: { windows: [hours(SECOND_DAY, 10, 12), hours(SECOND_DAY, 9, 10.5)] },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ windows: [hours(SECOND_DAY, 9, 12)], provisionalOutside: [] });
    const [meeting] = await schedule();
    const slots = await slotsById();
    expect(slots.get(meeting!.slotId)!.day).toBe(SECOND_DAY);
    ids.meeting = meeting!.id;
  });

  it('list the provisional meetings new windows leave out; an update moves only those and fits new requests in', async () => {
    const slots = await slotsById();
    const [before] = await schedule();
    const meetingSlot = slots.get(before!.slotId)!;
    const elsewhere = [...slots.values()].find((slot) => slot.day === SECOND_DAY && slot.id !== meetingSlot.id)!;
    const minute = (slot: Slot) => {
      const [h, m] = new Date(slot.startsAt).toLocaleTimeString('en-GB', { timeZone: 'Asia/Tehran' }).split(':');
      return Number(h) * 60 + Number(m);
    };
    const window = { day: SECOND_DAY, startMinute: minute(elsewhere), endMinute: minute(elsewhere) + 60 };
    const set = await t.request({
      method: 'PUT',
      url: availabilityOf(ids.astrakhanGovernor!),
      as: astrakhanOffice,
      payload: { windows: [window] },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().provisionalOutside).toEqual([before!.id]);
    const db = t.database.db;
    const side = async (province: string, language: 'fa' | 'ru') => ({
      delegationId: (await delegationIdOf(db, EDITION_2025, province))!,
      participantIds: [await delegationHeadOf(db, EDITION_2025, province)],
      languages: [language],
    });
    const newRequest = await insertAcceptedRequest(db, {
      kind: 'g2g',
      requester: await side('mazandaran', 'fa'),
      receiver: await side('dagestan', 'ru'),
      createdBy: secretariat.actor.userId,
    });
    const update = await t.request({ method: 'POST', url: `${meetingsUrl}/update`, as: secretariat, payload: {} });
    expect(update.statusCode).toBe(200);
    expect(update.json()).toMatchObject({
      movedCount: 1,
      moved: [
        {
          meetingId: before!.id,
          from: { slotId: meetingSlot.id },
          to: { slotId: elsewhere.id },
          reason: 'no_longer_feasible',
        },
      ],
      added: [expect.objectContaining({ requestId: newRequest })],
      unscheduledRequestIds: [],
    });
  });

  it('refuse hours that leave out a published meeting, naming it, and keep the hours before', async () => {
    const published = await t.request({ method: 'POST', url: `${meetingsUrl}/publish`, as: secretariat, payload: {} });
    expect(published.statusCode).toBe(200);
    const meeting = (published.json().meetings as (Meeting & { requestId: string })[]).find(
      (candidate) => candidate.requestId === ids.request,
    );
    const before = (
      await t.request({ method: 'GET', url: availabilityOf(ids.gilanGovernor!), as: gilanOffice })
    ).json();
    const refused = await t.request({
      method: 'PUT',
      url: availabilityOf(ids.gilanGovernor!),
      as: gilanOffice,
      headers: { 'accept-language': 'fa' },
      payload: { windows: [hours(FIRST_DAY, 9, 12)] },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'availability_clashes_meetings', meetingIds: [meeting!.id] });
    expect(refused.json().detail).toContain('Test meeting');
    const after = await t.request({ method: 'GET', url: availabilityOf(ids.gilanGovernor!), as: gilanOffice });
    expect(after.json().windows).toEqual(before.windows);
  });

  it('refuse a move onto a slot outside a person’s hours, saying who is not there', async () => {
    const slots = await slotsById();
    const firstDay = [...slots.values()].find((slot) => slot.day === FIRST_DAY)!;
    const grid = await t.request({ method: 'GET', url: meetingsUrl, as: secretariat });
    const meeting = (grid.json().meetings as (Meeting & { roomId: string; requestId: string })[]).find(
      (candidate) => candidate.requestId === ids.request,
    );
    const moved = await t.request({
      method: 'POST',
      url: `/api/meetings/${meeting!.id}/move`,
      as: secretariat,
      payload: { slotId: firstDay.id, roomId: meeting!.roomId },
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().reasons).toContainEqual(
      expect.objectContaining({ code: 'person_unavailable', participantId: ids.gilanGovernor }),
    );
  });

  it('refuse days outside the summit and windows that end before they start, storing nothing', async () => {
    const url = availabilityOf(ids.gilanGovernor!);
    const before = (await t.request({ method: 'GET', url, as: gilanOffice })).json();
    const outside = await t.request({
      method: 'PUT',
      url,
      as: gilanOffice,
      payload: { windows: [hours(SECOND_DAY, 9, 12), hours('2025-11-25', 9, 12)] },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'meeting_day_outside_edition' });
    expect(outside.json().errors).toContainEqual(expect.objectContaining({ path: 'windows.1.day' }));
    const backwards = await t.request({
      method: 'PUT',
      url,
      as: gilanOffice,
      payload: { windows: [hours(SECOND_DAY, 12, 9)] },
    });
    expect(backwards.statusCode).toBe(400);
    const foreign = await t.request({ method: 'PUT', url, as: astrakhanOffice, payload: { windows: null } });
    expect(foreign.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, as: gilanOffice })).json()).toEqual(before);
  });
});
