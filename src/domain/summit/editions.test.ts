import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { delegations, participants } from '../delegations/tables.ts';
import { expoBooths, expoHalls } from '../expo/tables.ts';
import { insertParticipant } from '../../platform/testing/factories/delegations.ts';
import { insertBooth, insertHall } from '../../platform/testing/factories/expo.ts';
import { insertRoom, insertSeat, insertSession } from '../../platform/testing/factories/programme.ts';
import { EXPO_2025 } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';
import { expos } from './tables.ts';

const FROM = 'caspian-governors-summit-2025';
const TO = 'caspian-governors-summit-2026';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'gilan' },
});

const newEdition = (fields: Record<string, unknown> = {}) => ({
  id: TO,
  name: { en: 'Second summit of governors of Caspian coastal provinces' },
  hostProvinceId: 'mazandaran',
  city: { en: 'Sari' },
  startsOn: '2026-11-17',
  endsOn: '2026-11-20',
  timeZone: 'Asia/Tehran',
  registrationClosesAt: '2026-10-31T20:30:00Z',
  participatingProvinceIds: ['gilan', 'golestan'],
  ...fields,
});
const createEdition = (as: SignedInUser | undefined, fields: Record<string, unknown> = {}) =>
  t.request({ method: 'POST', url: '/api/editions', as, payload: newEdition(fields) });
const changeEdition = (as: SignedInUser, id: string, payload: object) =>
  t.request({ method: 'PATCH', url: `/api/editions/${id}`, as, payload });

beforeAll(async () => {
  await givePreviousEditionStructureAndPeople();
});

/** A room, a session with a moderator and a reserved seat, a member of the seeded Gilan delegation, an expo hall with a booth. */
async function givePreviousEditionStructureAndPeople(): Promise<void> {
  const db = t.database.db;
  const person = await insertParticipant(db, {
    editionId: FROM,
    provinceId: 'gilan',
    nameNative: 'Test',
    nameLatin: 'Test',
    nameLanguage: 'en',
  });
  const roomId = await insertRoom(db, {
    editionId: FROM,
    name: { en: 'Copy hall' },
    capacity: 50,
    interpretationBooths: [{ from: 'fa', to: 'ru' }],
  });
  const sessionId = await insertSession(db, {
    editionId: FROM,
    kind: 'specialist_panel',
    panelId: `${FROM}/panel-2-transit`,
    roomId,
    title: { en: 'Copied panel' },
    people: [{ participantId: person, role: 'moderator' }],
    startsAt: '2025-11-19T22:00:00+03:30',
    endsAt: '2025-11-19T23:00:00+03:30',
  });
  await insertSeat(db, { sessionId, participantId: person });
  const hallId = await insertHall(db, { expoId: EXPO_2025, name: { en: 'Hall A' }, widthM: 40, depthM: 30 });
  await insertBooth(db, { hallId, code: 'A1' });
}

describe('creating an edition', () => {
  it('is for the secretariat only', async () => {
    expect((await createEdition(delegate, { id: 'by-a-delegate' })).statusCode).toBe(403);
    expect((await createEdition(undefined, { id: 'by-nobody' })).statusCode).toBe(401);
  });

  it('refuses a time zone Intl does not know', async () => {
    const response = await createEdition(staff, { id: 'zoneless', timeZone: 'Caspian/Rasht' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('timeZone');
  });

  it('refuses a day its month does not have, naming the field, the month and its days in the reader’s words', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/editions',
      as: staff,
      headers: { 'accept-language': 'fa' },
      payload: newEdition({ id: 'no-such-day', startsOn: '2026-06-31', endsOn: '2027-02-29' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'startsOn', code: 'day_not_in_calendar', message: 'چنین روزی نیست: ژوئن ۲۰۲۶ تنها ۳۰ روز دارد.' },
      { path: 'endsOn', code: 'day_not_in_calendar', message: 'چنین روزی نیست: فوریهٔ ۲۰۲۷ تنها ۲۸ روز دارد.' },
    ]);
    const russian = await t.request({
      method: 'PATCH',
      url: `/api/editions/${FROM}`,
      as: staff,
      headers: { 'accept-language': 'ru' },
      payload: { endsOn: '2025-11-31' },
    });
    expect(russian.json().errors).toEqual([
      {
        path: 'endsOn',
        code: 'day_not_in_calendar',
        message: 'Такого дня нет: в этом месяце (ноябрь 2025 г.) всего 30 дней.',
      },
    ]);
  });

  it('refuses an unknown host province and an unknown edition to copy from', async () => {
    expect((await createEdition(staff, { id: 'nowhere', hostProvinceId: 'atlantis' })).json().code).toBe(
      'province_not_found',
    );
    expect((await createEdition(staff, { id: 'orphan', copyFromEditionId: 'summit-1999' })).json().code).toBe(
      'edition_not_found',
    );
  });
});

describe('copying the 2025 edition', () => {
  let created: Record<string, unknown>;
  let before: { delegations: number; booths: number; sessions: number; rooms: number };
  beforeAll(async () => {
    const programme = (await t.request({ method: 'GET', url: `/api/editions/${FROM}/programme` })).json();
    before = {
      delegations: (await t.database.db.select().from(delegations).where(eq(delegations.editionId, FROM))).length,
      booths: (
        await t.database.db
          .select()
          .from(expoBooths)
          .innerJoin(expoHalls, eq(expoBooths.hallId, expoHalls.id))
          .where(eq(expoHalls.expoId, 'caspian-expo-2025'))
      ).length,
      sessions: programme.sessions.length,
      rooms: programme.rooms.length,
    };
    const response = await createEdition(staff, { copyFromEditionId: FROM });
    expect(response.statusCode).toBe(201);
    created = response.json();
  });

  it('numbers the edition after the last one and records where it came from', () => {
    expect(created).toMatchObject({
      id: TO,
      ordinal: 2,
      copiedFromEditionId: FROM,
      registrationClosesAt: '2026-10-31T20:30:00.000Z',
    });
    expect(created.copied).toEqual({ panels: 4, expos: 1, ...before });
    expect(before.delegations).toBeGreaterThan(0);
  });

  it('copies the panels under new ids without their moderators', async () => {
    const edition = (await t.request({ method: 'GET', url: `/api/editions/${TO}`, as: staff })).json();
    expect(edition.panels.map((panel: { id: string }) => panel.id)).toContain(`${TO}/panel-2-transit`);
    for (const panel of edition.panels) expect(panel.moderatorName).toEqual({});
    expect(edition.provinces).toEqual(
      expect.arrayContaining([
        { provinceId: 'mazandaran', role: 'host' },
        { provinceId: 'gilan', role: 'participant' },
      ]),
    );
  });

  it('moves the sessions by the days between the editions, keeping the time of day, without people or seats', async () => {
    // The copy is a draft: its programme is the secretariat's to read until it is published.
    const programme = (await t.request({ method: 'GET', url: `/api/editions/${TO}/programme`, as: staff })).json();
    const room = programme.rooms.find((candidate: { name: { en?: string } }) => candidate.name.en === 'Copy hall');
    expect(room).toMatchObject({ capacity: 50, interpretationBooths: [{ from: 'fa', to: 'ru' }] });
    const copied = programme.sessions.find(
      (session: { title: { en?: string } }) => session.title.en === 'Copied panel',
    );
    expect(copied).toMatchObject({
      panelId: `${TO}/panel-2-transit`,
      roomId: room.id,
      startsAt: new Date('2026-11-18T22:00:00+03:30').toISOString(),
    });
    for (const session of programme.sessions) expect([session.people, session.seatsTaken]).toEqual([[], 0]);
  });

  it('copies the expo with shifted dates and its floor, and the delegations without their members', async () => {
    const [expo] = await t.database.db.select().from(expos).where(eq(expos.editionId, TO));
    expect(expo).toMatchObject({ id: 'caspian-expo-2026', startsOn: '2026-11-17' });
    expect(
      (await t.database.db.select().from(expoHalls).where(eq(expoHalls.expoId, 'caspian-expo-2026'))).map(
        (hall) => hall.name.en,
      ),
    ).toContain('Hall A');
    expect(await t.database.db.select().from(delegations).where(eq(delegations.editionId, TO))).toContainEqual(
      expect.objectContaining({ provinceId: 'gilan' }),
    );
    expect(await t.database.db.select().from(participants).where(eq(participants.editionId, TO))).toEqual([]);
  });

  it('makes a draft: the public keeps 2025 as the current edition and cannot open the draft', async () => {
    expect(created).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await t.request({ method: 'GET', url: '/api/editions/current' })).json().id).toBe(FROM);
    expect((await t.request({ method: 'GET', url: `/api/editions/${TO}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/editions/${TO}`, as: delegate })).statusCode).toBe(404);
    const listed = (await t.request({ method: 'GET', url: '/api/editions' })).json();
    expect(listed.map((edition: { id: string }) => edition.id)).toEqual([FROM]);
  });

  it('lets the secretariat see the draft in its list and preview it', async () => {
    const listed = await t.request({ method: 'GET', url: '/api/editions?drafts=include', as: staff });
    expect(listed.json().map((edition: { id: string; status: string }) => [edition.id, edition.status])).toEqual([
      [TO, 'draft'],
      [FROM, 'published'],
    ]);
    expect((await t.request({ method: 'GET', url: `/api/editions/${TO}`, as: staff })).json().status).toBe('draft');
    expect((await t.request({ method: 'GET', url: '/api/editions?drafts=include', as: delegate })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'GET', url: '/api/editions?drafts=include' })).statusCode).toBe(403);
  });

  it('keeps 2025 browsable as an archive', async () => {
    const archive = await t.request({ method: 'GET', url: `/api/editions/${FROM}` });
    expect(archive.json()).toMatchObject({ id: FROM, startsOn: '2025-11-18', status: 'published' });
    expect(archive.json().panels[0].moderatorName.en).toBeTruthy();
    const old = (await t.request({ method: 'GET', url: `/api/editions/${FROM}/programme` })).json();
    expect(
      old.sessions.find((session: { title: { en?: string } }) => session.title.en === 'Copied panel').people,
    ).toHaveLength(1);
  });

  it('answers edition_id_taken for the same id again and leaves nothing behind', async () => {
    const again = await createEdition(staff, { copyFromEditionId: FROM });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('edition_id_taken');
    expect((await t.request({ method: 'GET', url: '/api/editions?drafts=include', as: staff })).json()).toHaveLength(2);
  });
});

describe('changing an edition', () => {
  it('moves the registration deadline, and only the secretariat may', async () => {
    const changed = await changeEdition(staff, FROM, { registrationClosesAt: '2025-11-10T20:30:00Z' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().registrationClosesAt).toBe('2025-11-10T20:30:00.000Z');
    expect((await changeEdition(delegate, FROM, { registrationClosesAt: null })).statusCode).toBe(403);
  });

  it('refuses an end before the start, also against the stored start', async () => {
    const response = await changeEdition(staff, FROM, { endsOn: '2025-11-01' });
    expect(response.statusCode).toBe(400);
  });

  it('answers 404 for an unknown edition', async () => {
    expect((await changeEdition(staff, 'summit-1999', { slogan: { en: 'x' } })).statusCode).toBe(404);
  });
});
