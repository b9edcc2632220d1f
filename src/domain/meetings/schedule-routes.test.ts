import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { delegationHeadOf, delegationIdOf, insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertAcceptedRequest, removeAllMeetings } from '../../platform/testing/factories/meetings.ts';
import { insertSession } from '../../platform/testing/factories/programme.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp } from '../../platform/testing/test-app.ts';

const { t, secretariat, gilanOffice, astrakhanOffice } = setUpTestApp({
  secretariat: { role: 'secretariat_staff' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
  astrakhanOffice: { role: 'delegation_member', provinceId: 'astrakhan' },
});

const meetingsUrl = `/api/editions/${EDITION_2025}/meetings`;
const ids: Record<string, string> = {};
const tehran = (day: string, time: string) => `${day}T${time}:00+03:30`;
const FIRST_DAY = '2025-11-18';

type Slot = { id: string; day: string; startsAt: string; endsAt: string };
type Meeting = { id: string; slotId: string; roomId: string; interpreterId: string | null; state: string };

const slotAt = async (time: string): Promise<Slot> => {
  const grid = await t.request({ method: 'GET', url: meetingsUrl, as: secretariat });
  const startsAt = new Date(tehran(FIRST_DAY, time)).toISOString();
  return (grid.json().slots as Slot[]).find((slot) => slot.startsAt === startsAt)!;
};

const overlapsSession = (slot: Slot, from: string, to: string) =>
  new Date(slot.startsAt) < new Date(tehran(FIRST_DAY, to)) &&
  new Date(tehran(FIRST_DAY, from)) < new Date(slot.endsAt);

beforeAll(async () => {
  const db = t.database.db;
  await removeAllMeetings(db);
  ids.gilan = (await delegationIdOf(db, EDITION_2025, 'gilan'))!;
  ids.astrakhan = (await delegationIdOf(db, EDITION_2025, 'astrakhan'))!;
  ids.gilanGovernor = await delegationHeadOf(db, EDITION_2025, 'gilan');
  ids.astrakhanGovernor = await delegationHeadOf(db, EDITION_2025, 'astrakhan');
  ids.gilanPanel = await insertSession(db, {
    kind: 'specialist_panel',
    title: { en: 'Transit corridors panel', fa: 'پنل کریدورهای ترانزیتی', ru: 'Панель о транзитных коридорах' },
    startsAt: tehran(FIRST_DAY, '11:00'),
    endsAt: tehran(FIRST_DAY, '13:00'),
    people: [{ participantId: ids.gilanGovernor, role: 'speaker' }],
  });
  ids.astrakhanPanel = await insertSession(db, {
    kind: 'specialist_panel',
    title: { en: 'Fisheries panel', ru: 'Панель о рыболовстве' },
    startsAt: tehran(FIRST_DAY, '14:00'),
    endsAt: tehran(FIRST_DAY, '16:00'),
    people: [{ participantId: ids.astrakhanGovernor, role: 'speaker' }],
  });
  const settings = await t.request({
    method: 'PUT',
    url: `${meetingsUrl}/settings`,
    as: secretariat,
    payload: {
      slotMinutes: 60,
      breakMinutes: 0,
      dayStartMinute: 9 * 60,
      dayEndMinute: 17 * 60,
      maxMeetingsPerDay: 4,
      requestQuotaPerDay: 5,
      travelMinutes: 10,
      protocolOrder: ['astrakhan'],
    },
  });
  expect(settings.statusCode).toBe(200);
  const room = await t.request({
    method: 'POST',
    url: `${meetingsUrl}/rooms`,
    as: secretariat,
    payload: { kind: 'g2g', name: { en: 'Protocol room', fa: 'اتاق تشریفات' }, capacity: 6, place: 'Central hall' },
  });
  ids.room = room.json().id;
  const table = await t.request({
    method: 'POST',
    url: `${meetingsUrl}/rooms`,
    as: secretariat,
    payload: { kind: 'b2b', name: { en: 'Table 1' }, capacity: 4, place: 'Expo hall' },
  });
  ids.table = table.json().id;
  for (const [name, pairs] of [
    ['Narges Tabrizi', [['en', 'az']]],
    ['Olga Farsi', [['fa', 'ru']]],
  ] as const) {
    const interpreter = await t.request({
      method: 'POST',
      url: `${meetingsUrl}/interpreters`,
      as: secretariat,
      payload: { name, languagePairs: pairs, availableDays: [FIRST_DAY] },
    });
    expect(interpreter.statusCode).toBe(201);
    ids[name] = interpreter.json().id;
  }
});

describe('a G2G meeting from request to outcome', () => {
  it('goes from the Gilan office to Astrakhan, is accepted, scheduled with an fa↔ru interpreter outside both governors’ panels, and published', async () => {
    const sent = await t.request({
      method: 'POST',
      url: `${meetingsUrl}/requests`,
      as: gilanOffice,
      payload: {
        kind: 'g2g',
        priority: 'must',
        topic: 'Caspian shipping between Anzali and Astrakhan',
        preferredDays: [FIRST_DAY],
        requester: { delegationId: ids.gilan, languages: ['fa'] },
        receiver: { delegationId: ids.astrakhan },
      },
    });
    expect(sent.statusCode).toBe(201);
    const request = sent.json();
    expect(request).toMatchObject({ status: 'sent', awaiting: 'receiver', side: 'requester', canAnswer: false });
    expect(request.requester.people.map((person: { participantId: string }) => person.participantId)).toEqual([
      ids.gilanGovernor,
    ]);
    ids.request = request.id;

    const bySender = await t.request({
      method: 'POST',
      url: `/api/meetings/requests/${ids.request}/answer`,
      as: gilanOffice,
      payload: { answer: 'accept' },
    });
    expect(bySender.statusCode).toBe(403);

    const received = await t.request({ method: 'GET', url: `${meetingsUrl}/requests`, as: astrakhanOffice });
    expect(received.json().requests).toEqual([
      expect.objectContaining({ id: ids.request, side: 'receiver', canAnswer: true }),
    ]);
    const accepted = await t.request({
      method: 'POST',
      url: `/api/meetings/requests/${ids.request}/answer`,
      as: astrakhanOffice,
      payload: { answer: 'accept', languages: ['ru'] },
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', awaiting: null });

    const run = await t.request({
      method: 'POST',
      url: `${meetingsUrl}/schedule`,
      as: secretariat,
      payload: { iterations: 200, seed: 7 },
    });
    expect(run.statusCode).toBe(200);
    const result = run.json();
    expect(result).toMatchObject({ scheduled: 1, requests: 1, unscheduledRequestIds: [] });
    expect(result.upperBound).toBeGreaterThanOrEqual(result.objective);
    expect(result.gap).toBe(0);
    const [meeting] = result.meetings as Meeting[];
    expect(meeting).toMatchObject({ roomId: ids.room, interpreterId: ids['Olga Farsi'], state: 'provisional' });
    const grid = await t.request({ method: 'GET', url: meetingsUrl, as: secretariat });
    const slot = (grid.json().slots as Slot[]).find((candidate) => candidate.id === meeting!.slotId)!;
    expect(slot.day).toBe(FIRST_DAY);
    expect(overlapsSession(slot, '11:00', '13:00')).toBe(false);
    expect(overlapsSession(slot, '14:00', '16:00')).toBe(false);
    ids.meeting = meeting!.id;

    const beforePublishing = await t.request({ method: 'GET', url: meetingsUrl, as: astrakhanOffice });
    expect(beforePublishing.json().meetings).toEqual([]);
    expect((await t.request({ method: 'GET', url: meetingsUrl })).statusCode).toBe(401);
    const published = await t.request({ method: 'POST', url: `${meetingsUrl}/publish`, as: secretariat, payload: {} });
    expect(published.json().meetings).toEqual([expect.objectContaining({ id: ids.meeting, state: 'published' })]);
    const seen = await t.request({ method: 'GET', url: meetingsUrl, as: astrakhanOffice });
    expect(seen.json().meetings).toEqual([expect.objectContaining({ id: ids.meeting, topic: request.topic })]);
    const notices = await t.request({ method: 'GET', url: `${meetingsUrl}/notices`, as: astrakhanOffice });
    expect(notices.json()).toMatchObject({
      unread: 1,
      notices: [{ participantId: ids.astrakhanGovernor, kind: 'published', meetingId: ids.meeting }],
    });
  });

  it('shows the governor’s agenda to their office with the meeting and their panel in time order, and as a calendar file', async () => {
    const agenda = await t.request({
      method: 'GET',
      url: `/api/meetings/agenda/${ids.astrakhanGovernor}`,
      as: astrakhanOffice,
    });
    expect(agenda.statusCode).toBe(200);
    expect(agenda.json().items.map((item: { kind: string; id: string }) => [item.kind, item.id])).toEqual([
      ['meeting', ids.meeting],
      ['session', ids.astrakhanPanel],
    ]);
    expect(agenda.json().items[0]).toMatchObject({
      interpreter: 'Olga Farsi',
      counterparts: [expect.objectContaining({ participantId: ids.gilanGovernor })],
    });
    const file = await t.request({
      method: 'GET',
      url: `/api/meetings/agenda/${ids.astrakhanGovernor}/agenda.ics?lang=ru`,
      as: astrakhanOffice,
    });
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.body).toContain('SUMMARY:Caspian shipping between Anzali and Astrakhan');
    expect(file.body).toContain('SUMMARY:Панель о рыболовстве');
    const pdf = await t.request({
      method: 'GET',
      url: `/api/meetings/agenda/${ids.astrakhanGovernor}/agenda.pdf?lang=ru`,
      as: astrakhanOffice,
    });
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const printed = spawnSync('pdftotext', ['-', '-'], { input: pdf.rawPayload, encoding: 'utf8' }).stdout;
    expect(printed).toContain('Caspian shipping between Anzali and Astrakhan');
    expect(printed).toContain('Панель о рыболовстве');
    expect(printed).toContain('Olga Farsi');
    const other = await t.request({
      method: 'GET',
      url: `/api/meetings/agenda/${ids.astrakhanGovernor}`,
      as: gilanOffice,
    });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a move onto the panel the Gilan governor speaks at, and names the panel in the reader’s language', async () => {
    const panelSlot = await slotAt('11:00');
    const refused = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/move`,
      as: secretariat,
      headers: { 'accept-language': 'fa' },
      payload: { slotId: panelSlot.id, roomId: ids.room },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'meeting_move_refused',
      reasons: [{ code: 'person_blocked_by_session', participantId: ids.gilanGovernor, sessionId: ids.gilanPanel }],
    });
    expect(refused.json().detail).toContain('پنل کریدورهای ترانزیتی');
  });

  it('refuses a B2B table for a G2G meeting and names the room', async () => {
    const free = await slotAt('10:00');
    const refused = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/move`,
      as: secretariat,
      payload: { slotId: free.id, roomId: ids.table },
    });
    expect(refused.json()).toMatchObject({ code: 'meeting_move_refused', reasons: [{ code: 'room_wrong_kind' }] });
    expect(refused.json().detail).toContain('Table 1');
  });

  it('moves a published meeting to a free slot, keeps its interpreter and tells its people', async () => {
    const late = await slotAt('16:00');
    t.clock.advanceMinutes(5);
    const moved = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/move`,
      as: secretariat,
      payload: { slotId: late.id, roomId: ids.room },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ slotId: late.id, interpreterId: ids['Olga Farsi'] });
    const notices = await t.request({ method: 'GET', url: `${meetingsUrl}/notices`, as: gilanOffice });
    expect(notices.json().notices.map((notice: { kind: string }) => notice.kind)).toEqual(['moved', 'published']);
  });

  it('refuses to lock a meeting where a session of one of its people now stands, naming the session', async () => {
    const sessionId = await insertSession(t.database.db, {
      kind: 'side_event',
      title: { en: 'Late side event' },
      startsAt: tehran(FIRST_DAY, '16:30'),
      endsAt: tehran(FIRST_DAY, '17:00'),
      people: [{ participantId: ids.astrakhanGovernor!, role: 'moderator' }],
    });
    const refused = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/lock`,
      as: secretariat,
      payload: { locked: true },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'meeting_lock_conflict',
      reasons: [{ code: 'person_blocked_by_session', sessionId }],
    });
    expect(refused.json().detail).toContain('Late side event');
    await t.request({ method: 'DELETE', url: `/api/sessions/${sessionId}`, as: secretariat });
    const locked = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/lock`,
      as: secretariat,
      payload: { locked: true },
    });
    expect(locked.json()).toMatchObject({ locked: true });
    const kept = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/move`,
      as: secretariat,
      payload: { slotId: (await slotAt('10:00')).id, roomId: ids.room },
    });
    expect(kept.json()).toMatchObject({ code: 'meeting_move_refused', reasons: [{ code: 'locked' }] });
  });

  it('takes an outcome only once the meeting’s time has come, from either side', async () => {
    const outcome = { outcome: 'held', notes: 'Agreed on a shipping working group', followUp: 'mou_draft' };
    const early = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/outcome`,
      as: astrakhanOffice,
      payload: outcome,
    });
    expect(early.json().code).toBe('meeting_outcome_too_early');
    t.clock.set(new Date(tehran(FIRST_DAY, '17:05')));
    const recorded = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/outcome`,
      as: astrakhanOffice,
      payload: outcome,
    });
    expect(recorded.json()).toMatchObject({ outcome: 'held', followUp: 'mou_draft' });
  });

  it('cancels the meeting with its request and tells both sides', async () => {
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetings/${ids.meeting}/cancel`,
      as: secretariat,
      payload: { reason: 'The governor had to leave early' },
    });
    expect(cancelled.json()).toMatchObject({ cancelledMeetingId: ids.meeting, movedCount: 0, added: [] });
    const request = await t.request({ method: 'GET', url: `/api/meetings/requests/${ids.request}`, as: gilanOffice });
    expect(request.json()).toMatchObject({ status: 'cancelled', reason: 'The governor had to leave early' });
    const notices = await t.request({ method: 'GET', url: `${meetingsUrl}/notices`, as: gilanOffice });
    expect(notices.json().notices[0]).toMatchObject({ kind: 'cancelled', meetingId: null });
  });
});

describe('re-optimising after a cancellation', () => {
  it('puts a request that had no place into the one the cancelled meeting freed, and says so', async () => {
    const db = t.database.db;
    const lastDay = '2025-11-21';
    const buyer = (name: string) =>
      insertParticipant(db, { role: 'buyer', provinceId: null, nameLatin: name, languages: ['en'] });
    const [busy, first, second] = [await buyer('Busy Trader'), await buyer('First Buyer'), await buyer('Second Buyer')];
    await insertSession(db, {
      kind: 'side_event',
      title: { en: 'Trade forum' },
      startsAt: tehran(lastDay, '09:00'),
      endsAt: tehran(lastDay, '16:00'),
      people: [{ participantId: busy, role: 'speaker' }],
    });
    const pair = (other: string, priority: 'want' | 'could') =>
      insertAcceptedRequest(db, {
        priority,
        preferredDays: [lastDay],
        requester: { participantIds: [busy] },
        receiver: { participantIds: [other] },
        createdBy: secretariat.actor.userId,
      });
    const [wanted, spare] = [await pair(first, 'want'), await pair(second, 'could')];
    const run = await t.request({ method: 'POST', url: `${meetingsUrl}/schedule`, as: secretariat, payload: {} });
    expect(run.json().unscheduledRequestIds).toEqual([spare]);
    const meeting = (run.json().meetings as (Meeting & { requestId: string })[]).find(
      (candidate) => candidate.requestId === wanted,
    )!;
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/cancel`,
      as: secretariat,
      payload: {},
    });
    expect(cancelled.json()).toMatchObject({
      movedCount: 0,
      added: [{ requestId: spare, slotId: meeting.slotId, roomId: ids.table, state: 'provisional' }],
    });
  });
});
