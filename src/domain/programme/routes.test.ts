import { beforeAll, describe, expect, it } from 'vitest';
import { insertParticipant, type ParticipantSpec } from '../../platform/testing/factories/delegations.ts';
import { insertEdition } from '../../platform/testing/factories/summit.ts';
import { signedIn } from '../../platform/testing/factories/users.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';

const EDITION = 'programme-test-2026';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const at = (day: number, time: string) => `2026-11-${day}T${time}:00+03:30`;

const { t, staff, gilanOffice, mazandaranOffice } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  gilanOffice: { role: 'delegation_member', provinceId: 'gilan' },
  mazandaranOffice: { role: 'delegation_member', provinceId: 'mazandaran' },
});

beforeAll(async () => {
  await insertEdition(t.database.db, {
    id: EDITION,
    name: { en: 'Test summit' },
    hostProvinceId: 'gilan',
    startsOn: '2026-11-17',
    endsOn: '2026-11-19',
    timeZone: 'Asia/Tehran',
    status: 'published',
  });
});

async function addRoom(capacity = 100): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: `/api/editions/${EDITION}/rooms`,
    as: staff,
    payload: { name: { en: `Hall ${Math.random()}` }, capacity },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

function addParticipant(spec: Pick<ParticipantSpec, 'provinceId' | 'userId' | 'status'> = {}): Promise<string> {
  return insertParticipant(t.database.db, {
    editionId: EDITION,
    delegationId: null,
    nameNative: 'Test Person',
    nameLatin: `Test Person ${Math.floor(Math.random() * 1000)}`,
    nameLanguage: 'en',
    ...spec,
  });
}

function addSession(payload: Record<string, unknown>, as: SignedInUser | null = staff) {
  return t.request({
    method: 'POST',
    url: `/api/editions/${EDITION}/sessions`,
    as: as ?? undefined,
    payload: { kind: 'specialist_panel', title: { en: 'Transit corridors', fa: 'کریدورهای ترانزیتی' }, ...payload },
  });
}

describe('room conflicts', () => {
  it('refuses a second session in a room already in use and names the session there', async () => {
    const roomId = await addRoom();
    const first = await addSession({ roomId, startsAt: at(17, '10:00'), endsAt: at(17, '11:00') });
    expect(first.statusCode).toBe(201);
    const clash = await addSession(
      { roomId, startsAt: at(17, '10:30'), endsAt: at(17, '11:30'), title: { en: 'Other' } },
      staff,
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json()).toMatchObject({
      code: 'room_double_booked',
      conflict: {
        sessionId: first.json().id,
        title: { en: 'Transit corridors' },
        startsAt: '2026-11-17T06:30:00.000Z',
        endsAt: '2026-11-17T07:30:00.000Z',
      },
    });
    expect(clash.json().detail).toContain('Transit corridors');
    expect(clash.json().detail).toContain('2026-11-17 10:00');
  });

  it('names the conflicting session in the reader language', async () => {
    const roomId = await addRoom();
    await addSession({ roomId, startsAt: at(18, '10:00'), endsAt: at(18, '11:00') });
    const clash = await t.request({
      method: 'POST',
      url: `/api/editions/${EDITION}/sessions`,
      as: staff,
      headers: { 'accept-language': 'fa' },
      payload: { kind: 'side_event', roomId, title: { en: 'x' }, startsAt: at(18, '09:00'), endsAt: at(18, '10:01') },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toContain('کریدورهای ترانزیتی');
  });

  it('lets a session start in the room the minute the previous one ends', async () => {
    const roomId = await addRoom();
    expect((await addSession({ roomId, startsAt: at(17, '12:00'), endsAt: at(17, '13:00') })).statusCode).toBe(201);
    expect((await addSession({ roomId, startsAt: at(17, '13:00'), endsAt: at(17, '14:00') })).statusCode).toBe(201);
  });

  it('lets a break without a room overlap anything', async () => {
    const roomId = await addRoom();
    await addSession({ roomId, startsAt: at(19, '10:00'), endsAt: at(19, '11:00') });
    const coffee = await addSession({
      kind: 'break',
      roomId: null,
      title: { en: 'Coffee' },
      startsAt: at(19, '10:30'),
      endsAt: at(19, '11:00'),
    });
    expect(coffee.statusCode).toBe(201);
  });

  it('refuses to move a session onto another one in its room, but lets it move within its own slot', async () => {
    const roomId = await addRoom();
    const early = (await addSession({ roomId, startsAt: at(17, '15:00'), endsAt: at(17, '16:00') })).json();
    const late = (await addSession({ roomId, startsAt: at(17, '16:00'), endsAt: at(17, '17:00') })).json();
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/sessions/${late.id}`,
      as: staff,
      payload: { startsAt: at(17, '15:30') },
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().conflict.sessionId).toBe(early.id);
    const shortened = await t.request({
      method: 'PATCH',
      url: `/api/sessions/${early.id}`,
      as: staff,
      payload: { endsAt: at(17, '15:45') },
    });
    expect(shortened.statusCode).toBe(200);
    expect(shortened.json().endsAt).toBe('2026-11-17T12:15:00.000Z');
  });

  it('gives one of two simultaneous bookings of a room the slot and the other a conflict', async () => {
    const roomId = await addRoom();
    const both = await Promise.all(
      [0, 1].map((n) =>
        addSession({ roomId, title: { en: `Race ${n}` }, startsAt: at(18, '15:00'), endsAt: at(18, '16:00') }),
      ),
    );
    expect(both.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });
});

describe('person conflicts', () => {
  it('does not put a moderator into two sessions at once, even in two rooms', async () => {
    const moderator = await addParticipant();
    const first = await addSession({
      roomId: await addRoom(),
      moderatorIds: [moderator],
      startsAt: at(18, '12:00'),
      endsAt: at(18, '13:00'),
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().people).toEqual([expect.objectContaining({ participantId: moderator, role: 'moderator' })]);
    const clash = await addSession({
      roomId: await addRoom(),
      speakerIds: [moderator],
      startsAt: at(18, '12:30'),
      endsAt: at(18, '13:30'),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      code: 'person_double_booked',
      conflict: { sessionId: first.json().id, participantId: moderator },
    });
    // Titles come isolated (U+2068 … U+2069), so text in another script keeps its direction.
    expect(clash.json().detail).toMatch(
      /^Test Person \d+ is already in the session «\u2068Transit corridors\u2069» at this time\.$/,
    );
  });

  it('refuses a speaker who is not a participant of the edition', async () => {
    const response = await addSession({ speakerIds: [UNKNOWN], startsAt: at(18, '17:00'), endsAt: at(18, '18:00') });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('participant_not_found');
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'speakerIds', code: 'participant_not_found' }),
    ]);
  });
});

describe('edition days', () => {
  it('refuses a session after the last day of the edition', async () => {
    const response = await addSession({ startsAt: at(20, '10:00'), endsAt: at(20, '11:00') });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'session_outside_edition' });
    expect(response.json().detail).toContain('2026-11-19');
  });

  it('refuses a session ending before it starts', async () => {
    const response = await addSession({ startsAt: at(18, '11:00'), endsAt: at(18, '10:00') });
    expect(response.statusCode).toBe(400);
  });
});

describe('seats', () => {
  it('gives out the seats up to the session capacity, then answers session_full, and a freed seat can be taken again', async () => {
    const session = (
      await addSession({ roomId: await addRoom(300), capacity: 2, startsAt: at(19, '12:00'), endsAt: at(19, '13:00') })
    ).json();
    const [a, b, c] = [await addParticipant(), await addParticipant(), await addParticipant()];
    const reserve = (participantId: string) =>
      t.request({ method: 'POST', url: `/api/sessions/${session.id}/seats`, as: staff, payload: { participantId } });
    expect((await reserve(a)).statusCode).toBe(201);
    expect((await reserve(a)).json().seatsTaken).toBe(1);
    expect((await reserve(b)).json()).toMatchObject({ seatsTaken: 2, seatCapacity: 2 });
    const full = await reserve(c);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('session_full');
    expect(
      (await t.request({ method: 'DELETE', url: `/api/sessions/${session.id}/seats/${a}`, as: staff })).statusCode,
    ).toBe(204);
    expect((await reserve(c)).statusCode).toBe(201);
  });

  it('bounds a session without its own limit by its room', async () => {
    const session = (
      await addSession({ roomId: await addRoom(1), startsAt: at(19, '14:00'), endsAt: at(19, '15:00') })
    ).json();
    expect(session.seatCapacity).toBe(1);
    const reserve = async (participantId: string) =>
      (
        await t.request({
          method: 'POST',
          url: `/api/sessions/${session.id}/seats`,
          as: staff,
          payload: { participantId },
        })
      ).statusCode;
    expect(await reserve(await addParticipant())).toBe(201);
    expect(await reserve(await addParticipant())).toBe(409);
  });

  it('lets the participant, their delegation office and the secretariat reserve, and no one else', async () => {
    const session = (
      await addSession({ roomId: await addRoom(), startsAt: at(19, '16:00'), endsAt: at(19, '17:00') })
    ).json();
    const own = await signedIn(t, { role: 'buyer' });
    const reserve = (participantId: string, as?: SignedInUser) =>
      t.request({ method: 'POST', url: `/api/sessions/${session.id}/seats`, as, payload: { participantId } });
    expect((await reserve(await addParticipant({ provinceId: 'gilan' }), gilanOffice)).statusCode).toBe(201);
    const refused = await reserve(await addParticipant({ provinceId: 'gilan' }), mazandaranOffice);
    expect(refused.statusCode).toBe(403);
    expect((await reserve(await addParticipant())).statusCode).toBe(401);
    const mine = await addParticipant({ provinceId: 'mazandaran', userId: own.actor.userId });
    expect((await reserve(mine, own)).statusCode).toBe(201);
    expect((await reserve(await addParticipant({ provinceId: 'mazandaran' }), own)).statusCode).toBe(403);
  });

  it('keeps seats for approved participants', async () => {
    const session = (
      await addSession({ roomId: await addRoom(), startsAt: at(19, '18:00'), endsAt: at(19, '19:00') })
    ).json();
    const pending = await addParticipant({ status: 'pending' });
    const response = await t.request({
      method: 'POST',
      url: `/api/sessions/${session.id}/seats`,
      as: staff,
      payload: { participantId: pending },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('participant_not_approved');
  });
});

describe('permissions and unknown ids', () => {
  it('lets only the secretariat edit the programme', async () => {
    expect((await addSession({ startsAt: at(17, '08:00'), endsAt: at(17, '09:00') }, gilanOffice)).statusCode).toBe(
      403,
    );
    expect((await addSession({ startsAt: at(17, '08:00'), endsAt: at(17, '09:00') }, null)).statusCode).toBe(401);
    const room = await t.request({
      method: 'POST',
      url: `/api/editions/${EDITION}/rooms`,
      as: gilanOffice,
      payload: { name: { en: 'Mine' }, capacity: 5 },
    });
    expect(room.statusCode).toBe(403);
  });

  it('answers 404 problems for unknown sessions, rooms and editions', async () => {
    expect((await t.request({ method: 'GET', url: `/api/sessions/${UNKNOWN}` })).json().code).toBe('session_not_found');
    expect(
      (await t.request({ method: 'PATCH', url: `/api/rooms/${UNKNOWN}`, as: staff, payload: { capacity: 3 } })).json()
        .code,
    ).toBe('room_not_found');
    expect((await t.request({ method: 'GET', url: '/api/editions/nothing-here/programme' })).json().code).toBe(
      'edition_not_found',
    );
    const seat = await t.request({
      method: 'POST',
      url: `/api/sessions/${UNKNOWN}/seats`,
      as: staff,
      payload: { participantId: UNKNOWN },
    });
    expect([seat.statusCode, seat.json().code]).toEqual([404, 'session_not_found']);
    const roomOfNothing = await addSession({ roomId: UNKNOWN, startsAt: at(17, '08:00'), endsAt: at(17, '09:00') });
    expect([roomOfNothing.statusCode, roomOfNothing.json().code]).toEqual([404, 'room_not_found']);
    expect(roomOfNothing.json().errors).toEqual([expect.objectContaining({ path: 'roomId', code: 'room_not_found' })]);
  });

  it('keeps the sessions of a deleted room, without the room', async () => {
    const roomId = await addRoom();
    const session = (await addSession({ roomId, startsAt: at(17, '18:00'), endsAt: at(17, '19:00') })).json();
    expect((await t.request({ method: 'DELETE', url: `/api/rooms/${roomId}`, as: staff })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/sessions/${session.id}` })).json().roomId).toBeNull();
  });
});

describe('invented sessions and rooms', () => {
  it('stop being demo once the secretariat edits them', async () => {
    const programme = (
      await t.request({ method: 'GET', url: '/api/editions/caspian-governors-summit-2025/programme' })
    ).json();
    const demoSession = programme.sessions.find(
      (session: { isDemo: boolean; roomId: string | null }) => session.isDemo && session.roomId,
    );
    expect(demoSession).toBeDefined();
    const sessionChange = await t.request({
      method: 'PATCH',
      url: `/api/sessions/${demoSession.id}`,
      as: staff,
      payload: { title: { en: 'Opening, as confirmed' } },
    });
    expect(sessionChange.statusCode).toBe(200);
    expect(sessionChange.json().isDemo).toBe(false);
    const roomChange = await t.request({
      method: 'PATCH',
      url: `/api/rooms/${demoSession.roomId}`,
      as: staff,
      payload: { capacity: 321 },
    });
    expect(roomChange.statusCode).toBe(200);
    expect(roomChange.json().isDemo).toBe(false);
  });
});
