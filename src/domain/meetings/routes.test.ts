import { removeAllMeetings } from '../../platform/testing/factories/meetings.ts';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { delegationIdOf, insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { EDITION_2025 } from '../../platform/testing/factories/summit.ts';
import { type SignedInUser, setUpTestApp } from '../../platform/testing/test-app.ts';
import { meetingRequests } from './tables.ts';

const { t, secretariat, gilanOffice, astrakhanOffice, mazandaranOffice, exhibitor, buyer } = setUpTestApp({
  secretariat: { role: 'secretariat_admin' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
  astrakhanOffice: { role: 'delegation_member', provinceId: 'astrakhan' },
  mazandaranOffice: { role: 'delegation_member', provinceId: 'mazandaran' },
  exhibitor: { role: 'exhibitor', organisation: 'Anzali Trading' },
  buyer: { role: 'buyer', organisation: 'Volga Foods' },
});

const requestsUrl = `/api/editions/${EDITION_2025}/meetings/requests`;
const ids: Record<string, string> = {};

const person = (name: string, spec: Parameters<typeof insertParticipant>[1]) =>
  insertParticipant(t.database.db, { provinceId: null, nameLatin: name, nameNative: name, languages: ['en'], ...spec });

beforeAll(async () => {
  const db = t.database.db;
  await removeAllMeetings(db);
  for (const province of ['gilan', 'astrakhan', 'golestan', 'mazandaran']) {
    ids[province] = (await delegationIdOf(db, EDITION_2025, province))!;
  }
  ids.gilanMember = await insertParticipant(db, { provinceId: 'gilan', role: 'member', nameLatin: 'Nima Gilani' });
  ids.astrakhanMember = await insertParticipant(db, { provinceId: 'astrakhan', role: 'member', languages: ['ru'] });
  ids.exhibitor = await person('Behnam Anzali', { role: 'exhibitor', userId: exhibitor.actor.userId });
  ids.buyer = await person('Irina Volga', { role: 'buyer', userId: buyer.actor.userId, languages: ['ru', 'en'] });
  ids.otherBuyer = await person('Timur Aktau', { role: 'buyer', languages: ['kk', 'ru'] });
  ids.thirdBuyer = await person('Aygul Baku', { role: 'buyer', languages: ['az', 'en'] });
  ids.pendingBuyer = await person('Pending Buyer', { role: 'buyer', status: 'pending' });
  ids.guest = await person('Dana Guest', { role: 'guest', languages: ['kk'] });
});

const send = (as: SignedInUser, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: requestsUrl, as, headers, payload: { topic: 'Caviar trade', ...payload } });

const g2g = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  kind: 'g2g',
  requester: { delegationId: ids[from] ?? from },
  receiver: { delegationId: ids[to] ?? to },
  ...extra,
});

const b2b = (from: string[], to: string[], extra: Record<string, unknown> = {}) => ({
  kind: 'b2b',
  requester: { participantIds: from.map((name) => ids[name] ?? name) },
  receiver: { participantIds: to.map((name) => ids[name] ?? name) },
  ...extra,
});

const answer = (as: SignedInUser, id: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/meetings/requests/${id}/answer`, as, payload });

const storedRequests = async () =>
  Number((await t.database.db.select({ total: count() }).from(meetingRequests))[0]!.total);

describe('meeting requests', () => {
  it('refuses each bad request with its code and stores none of them', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, SignedInUser, Record<string, unknown>, number, string][] = [
      ['own delegation', gilanOffice, g2g('gilan', 'gilan'), 422, 'meeting_request_to_own_side'],
      ['oneself', exhibitor, b2b(['exhibitor'], ['exhibitor']), 422, 'meeting_request_to_own_side'],
      ['unknown delegation', gilanOffice, g2g('gilan', unknown), 404, 'delegation_not_found'],
      ['unknown person', exhibitor, b2b(['exhibitor'], [unknown]), 404, 'participant_not_found'],
      [
        'a day after the summit',
        gilanOffice,
        g2g('gilan', 'astrakhan', { preferredDays: ['2025-11-25'] }),
        422,
        'meeting_day_outside_edition',
      ],
      [
        'another delegation’s member on one’s side',
        gilanOffice,
        { ...g2g('gilan', 'astrakhan'), requester: { delegationId: ids.gilan, participantIds: [ids.astrakhanMember] } },
        422,
        'meeting_person_not_in_delegation',
      ],
      ['someone else’s person', buyer, b2b(['exhibitor'], ['otherBuyer']), 403, 'forbidden'],
      ['another delegation', mazandaranOffice, g2g('gilan', 'astrakhan'), 403, 'forbidden'],
      ['a pending registration', exhibitor, b2b(['exhibitor'], ['pendingBuyer']), 409, 'participant_not_approved'],
      ['a delegation with no approved head', gilanOffice, g2g('gilan', 'golestan'), 422, 'meeting_side_empty'],
    ];
    const before = await storedRequests();
    for (const [name, as, payload, status, code] of cases) {
      const response = await send(as, payload);
      expect([name, response.statusCode, response.json().code]).toEqual([name, status, code]);
    }
    expect(await storedRequests()).toBe(before);
  });

  it('refuses a body that names no delegation for a G2G request, pointing at the field', async () => {
    const response = await send(gilanOffice, { kind: 'g2g', requester: {}, receiver: { delegationId: ids.astrakhan } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'requester.delegationId' })]);
  });

  it('keeps one open request per pair of delegations, whichever side asks', async () => {
    const first = await send(gilanOffice, g2g('gilan', 'mazandaran'));
    expect(first.statusCode).toBe(201);
    expect(first.json().requester.people).toEqual([expect.objectContaining({ role: 'head' })]);
    const again = await send(gilanOffice, g2g('gilan', 'mazandaran'));
    const reverse = await send(mazandaranOffice, g2g('mazandaran', 'gilan'));
    expect([again.json().code, reverse.json().code]).toEqual([
      'meeting_request_duplicate',
      'meeting_request_duplicate',
    ]);
    const declined = await answer(mazandaranOffice, first.json().id, { answer: 'decline', reason: 'Not this year' });
    expect(declined.json()).toMatchObject({ status: 'declined', reason: 'Not this year' });
    expect((await send(mazandaranOffice, g2g('mazandaran', 'gilan'))).statusCode).toBe(201);
  });

  it('stops a person past their quota of open requests on a day, and counts a request without days on every day', async () => {
    const settings = await t.request({
      method: 'PUT',
      url: `/api/editions/${EDITION_2025}/meetings/settings`,
      as: secretariat,
      payload: {
        slotMinutes: 30,
        breakMinutes: 10,
        dayStartMinute: 540,
        dayEndMinute: 1080,
        maxMeetingsPerDay: 6,
        requestQuotaPerDay: 8,
        roleRequestQuotas: { exhibitor: 1 },
        travelMinutes: 15,
      },
    });
    expect(settings.statusCode).toBe(200);
    const day = (preferredDays: string[]) => ({ preferredDays });
    expect((await send(exhibitor, b2b(['exhibitor'], ['buyer'], day(['2025-11-19'])))).statusCode).toBe(201);
    const over = await send(exhibitor, b2b(['exhibitor'], ['otherBuyer'], day(['2025-11-19'])), {
      'accept-language': 'ru',
    });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'meeting_quota_exceeded' });
    expect(over.json().detail).toContain('Behnam Anzali');
    expect(over.json().detail).toContain('2025-11-19');
    expect((await send(exhibitor, b2b(['exhibitor'], ['otherBuyer'], day(['2025-11-20'])))).statusCode).toBe(201);
    expect((await send(exhibitor, b2b(['exhibitor'], ['thirdBuyer'], day([])))).json().code).toBe(
      'meeting_quota_exceeded',
    );
    expect((await send(secretariat, b2b(['exhibitor'], ['thirdBuyer'], day([])))).statusCode).toBe(201);
  });

  it('hands a counter-proposal back to the requester, whose acceptance takes its days and topic', async () => {
    const sent = await send(buyer, b2b(['buyer'], ['otherBuyer'], { preferredDays: ['2025-11-18'] }));
    const id = sent.json().id;
    expect((await answer(buyer, id, { answer: 'accept' })).statusCode).toBe(403);
    const countered = await answer(secretariat, id, {
      answer: 'counter',
      preferredDays: ['2025-11-21'],
      topic: 'Sturgeon farming',
    });
    expect(countered.json()).toMatchObject({ status: 'countered', awaiting: 'requester', counterDays: ['2025-11-21'] });
    const accepted = await answer(buyer, id, { answer: 'accept' });
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      preferredDays: ['2025-11-21'],
      topic: 'Sturgeon farming',
    });
    expect((await answer(buyer, id, { answer: 'decline', reason: 'Changed my mind' })).json().code).toBe(
      'meeting_request_already_answered',
    );
  });

  it('lets the receiving delegation name who of theirs attends when it accepts', async () => {
    const sent = await send(astrakhanOffice, g2g('astrakhan', 'gilan'));
    const accepted = await answer(gilanOffice, sent.json().id, {
      answer: 'accept',
      participantIds: [ids.gilanMember],
      languages: ['fa'],
    });
    expect(accepted.json().receiver).toMatchObject({
      languages: ['fa'],
      people: [expect.objectContaining({ role: 'head' }), expect.objectContaining({ participantId: ids.gilanMember })],
    });
  });

  it('shows a request only to its two sides and the secretariat', async () => {
    const sent = await send(buyer, b2b(['buyer'], ['guest']));
    const id = sent.json().id;
    expect((await t.request({ method: 'GET', url: `/api/meetings/requests/${id}`, as: secretariat })).statusCode).toBe(
      200,
    );
    const outsider = await t.request({ method: 'GET', url: `/api/meetings/requests/${id}`, as: mazandaranOffice });
    expect(outsider.json().code).toBe('meeting_request_not_found');
    const listed = await t.request({ method: 'GET', url: requestsUrl, as: mazandaranOffice });
    expect(listed.json().requests.map((request: { id: string }) => request.id)).not.toContain(id);
    expect((await answer(mazandaranOffice, id, { answer: 'accept' })).statusCode).toBe(404);
  });

  it('lets the secretariat change a request for anyone, and nobody else', async () => {
    const sent = await send(buyer, b2b(['buyer'], ['thirdBuyer'], { preferredDays: ['2025-11-20'] }));
    const url = `/api/meetings/requests/${sent.json().id}`;
    const byBuyer = await t.request({ method: 'PATCH', url, as: buyer, payload: { priority: 'must' } });
    expect(byBuyer.statusCode).toBe(403);
    const changed = await t.request({
      method: 'PATCH',
      url,
      as: secretariat,
      payload: { priority: 'must', receiver: { participantIds: [ids.thirdBuyer, ids.otherBuyer] } },
    });
    expect(changed.json()).toMatchObject({ priority: 'must', status: 'sent' });
    expect(changed.json().receiver.people).toHaveLength(2);
  });
});

describe('the people a meeting may be asked with', () => {
  type Listed = { participantId: string; canActFor: boolean; role: string } & Record<string, unknown>;
  const list = async (as?: SignedInUser) =>
    t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/meetings/participants`, ...(as && { as }) });

  it('lists approved people without contact details, marking the reader’s own', async () => {
    const answer = await list(exhibitor);
    expect(answer.statusCode).toBe(200);
    const people = answer.json().people as Listed[];
    const byId = new Map(people.map((entry) => [entry.participantId, entry]));
    expect(byId.get(ids.exhibitor!)?.canActFor).toBe(true);
    expect(byId.get(ids.buyer!)?.canActFor).toBe(false);
    expect(byId.has(ids.pendingBuyer!)).toBe(false);
    expect(people.filter((entry) => entry.canActFor).map((entry) => entry.participantId)).toEqual([ids.exhibitor]);
    expect(people.some((entry) => 'email' in entry || 'phone' in entry)).toBe(false);
    expect(people.some((entry) => entry.role === 'interpreter' || entry.role === 'press')).toBe(false);
  });

  it('marks a delegation’s people as its office’s, and everyone as the secretariat’s', async () => {
    const office = (await list(gilanOffice)).json().people as Listed[];
    const own = office.filter((entry) => entry.canActFor).map((entry) => entry.participantId);
    expect(own).toContain(ids.gilanMember);
    expect(own).not.toContain(ids.astrakhanMember);
    const all = (await list(secretariat)).json().people as Listed[];
    expect(all.every((entry) => entry.canActFor)).toBe(true);
  });

  it('is for signed-in readers only', async () => {
    expect((await list()).statusCode).toBe(401);
  });
});
