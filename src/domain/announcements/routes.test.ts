import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertDelegation,
  insertParticipant,
  type ParticipantSpec,
} from '../../platform/testing/factories/delegations.ts';
import { insertSeat, insertSession } from '../../platform/testing/factories/programme.ts';
import { insertEdition } from '../../platform/testing/factories/summit.ts';
import { signedIn, type UserSpec } from '../../platform/testing/factories/users.ts';
import { createAccountsRepository } from '../accounts/repository.ts';
import { createTestApp, type SignedInUser, type TestApp } from '../../platform/testing/test-app.ts';

const EDITION = 'announcements-test-edition';
let t: TestApp;
type Person =
  | 'staff'
  | 'gilanMember'
  | 'balkanMember'
  | 'exhibitor'
  | 'registeredBuyer'
  | 'seatedBuyer'
  | 'rejectedBuyer';
type Id = 'session' | 'otherSession' | 'everyone' | 'exhibitors' | 'gilan' | 'emptySession' | 'buses';
const people = {} as Record<Person, SignedInUser>;
const ids = {} as Record<Id, string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const as = (role: UserSpec['role'], provinceId?: string) => signedIn(t, { role, provinceId });
  people.staff = await as('secretariat_staff');
  people.gilanMember = await as('delegation_member', 'gilan');
  people.balkanMember = await as('delegation_member', 'balkan');
  people.exhibitor = await as('exhibitor');
  people.registeredBuyer = await as('buyer');
  people.seatedBuyer = await as('buyer');
  people.rejectedBuyer = await as('buyer');
  await insertEdition(db, { id: EDITION });
  const gilan = await insertDelegation(db, { editionId: EDITION, provinceId: 'gilan' });
  await insertDelegation(db, { editionId: EDITION, provinceId: 'balkan' });
  const person = (spec: ParticipantSpec) => insertParticipant(db, { editionId: EDITION, provinceId: null, ...spec });
  // A buyer's account linked to someone registered in Gilan's delegation, and one whose registration was rejected.
  await person({
    role: 'member',
    status: 'approved',
    countryCode: 'IR',
    delegationId: gilan,
    userId: people.registeredBuyer.actor.userId,
  });
  const rejected = await person({
    role: 'member',
    status: 'rejected',
    countryCode: 'IR',
    delegationId: gilan,
    userId: people.rejectedBuyer.actor.userId,
  });
  const session = (title: string, startsAt: string) =>
    insertSession(db, { editionId: EDITION, title: { en: title }, startsAt });
  ids.session = await session('Transit panel', '2026-11-18T06:00:00Z');
  ids.otherSession = await session('Closing', '2026-11-20T06:00:00Z');
  const seated = await person({
    role: 'buyer',
    status: 'approved',
    countryCode: 'KZ',
    userId: people.seatedBuyer.actor.userId,
  });
  await insertSeat(db, { sessionId: ids.session, participantId: seated });
  await insertSeat(db, { sessionId: ids.session, participantId: rejected });
});
afterAll(() => t.close());

type Payload = Record<string, unknown>;
const post = (payload: Payload, as = people.staff, editionId = EDITION) =>
  t.request({ method: 'POST', url: `/api/editions/${editionId}/announcements`, as, payload });
const inbox = async (who: SignedInUser, language = 'en') =>
  (
    await t.request({ method: 'GET', url: '/api/announcements', as: who, headers: { 'accept-language': language } })
  ).json();
const titlesOf = async (who: SignedInUser) =>
  (await inbox(who)).announcements.map((entry: { title: { text: string } }) => entry.title.text);
const markRead = (id: string, who: SignedInUser) =>
  t.request({ method: 'POST', url: `/api/announcements/${id}/read`, as: who });
const announcement = (title: string, audience: Payload) => ({
  title: { en: title },
  body: { en: `${title}: details` },
  language: 'en',
  audience,
});

describe('posting and addressing announcements', () => {
  beforeAll(async () => {
    for (const [key, audience] of [
      ['everyone', { kind: 'everyone' }],
      ['exhibitors', { kind: 'role', role: 'exhibitor' }],
      ['gilan', { kind: 'delegation', provinceId: 'gilan' }],
      ['session', { kind: 'session', sessionId: ids.session }],
      ['emptySession', { kind: 'session', sessionId: ids.otherSession }],
    ] as const) {
      t.clock.advanceMinutes(5);
      const response = await post(announcement(key, audience));
      expect(response.statusCode, key).toBe(201);
      ids[key] = response.json().id;
    }
  });

  it('shows everyone the announcements for everyone, newest first', async () => {
    expect(await titlesOf(people.balkanMember)).toEqual(['everyone']);
    expect(await titlesOf(people.staff)).toEqual(['everyone']);
  });

  it('reaches the accounts of the chosen role', async () => {
    expect(await titlesOf(people.exhibitor)).toEqual(['exhibitors', 'everyone']);
  });

  it("reaches a delegation's members and the accounts linked to people registered in it, not a rejected registration", async () => {
    expect(await titlesOf(people.gilanMember)).toEqual(['gilan', 'everyone']);
    expect(await titlesOf(people.registeredBuyer)).toEqual(['gilan', 'everyone']);
    expect(await titlesOf(people.rejectedBuyer)).toEqual(['everyone']);
  });

  it('reaches the accounts of people holding a seat at the session', async () => {
    expect(await titlesOf(people.seatedBuyer)).toEqual(['session', 'everyone']);
  });

  it('refuses an unknown session, a province without a delegation and an unknown edition', async () => {
    const unknownSession = await post(
      announcement('x', { kind: 'session', sessionId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect([unknownSession.statusCode, unknownSession.json().code]).toEqual([404, 'session_not_found']);
    const noDelegation = await post(announcement('x', { kind: 'delegation', provinceId: 'dagestan' }));
    expect([noDelegation.statusCode, noDelegation.json().code]).toEqual([404, 'delegation_not_found']);
    const noEdition = await post(announcement('x', { kind: 'everyone' }), people.staff, 'no-such-edition');
    expect([noEdition.statusCode, noEdition.json().code]).toEqual([404, 'edition_not_found']);
  });

  it('needs the title and body in the original language', async () => {
    const response = await post({
      title: { en: 'Buses' },
      body: { en: 'Times' },
      language: 'fa',
      audience: { kind: 'everyone' },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { path: string; code: string }) => [error.path, error.code])
        .sort(),
    ).toEqual([
      ['body.fa', 'required'],
      ['title.fa', 'original_language_missing'],
    ]);
  });

  it('is posted by the secretariat only', async () => {
    const response = await post(announcement('mine', { kind: 'everyone' }), people.gilanMember);
    expect(response.statusCode).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/editions/${EDITION}/announcements`,
          payload: announcement('anon', { kind: 'everyone' }),
        })
      ).statusCode,
    ).toBe(401);
    expect(await titlesOf(people.exhibitor)).not.toContain('mine');
  });
});

describe('reading announcements', () => {
  it('shows each reader their language, else the original language named', async () => {
    t.clock.advanceMinutes(5);
    const response = await post({
      title: { fa: 'اتوبوس‌ها', en: 'Buses' },
      body: { fa: 'ساعت حرکت' },
      language: 'fa',
      audience: { kind: 'role', role: 'delegation_member' },
    });
    ids.buses = response.json().id;
    const [inEnglish] = (await inbox(people.balkanMember, 'en')).announcements;
    expect(inEnglish).toMatchObject({
      title: { text: 'Buses', language: 'en', isOtherLanguage: false },
      body: { text: 'ساعت حرکت', language: 'fa', isOtherLanguage: true },
      originalLanguage: 'fa',
    });
    const [inRussian] = (await inbox(people.balkanMember, 'ru')).announcements;
    expect(inRussian.title).toEqual({ text: 'اتوبوس‌ها', language: 'fa', isOtherLanguage: true });
  });

  it('records a read receipt once, however often it is opened, and counts the rest as unread', async () => {
    const before = await inbox(people.gilanMember);
    expect(before.unread).toBe(3);
    expect((await markRead(ids.gilan, people.gilanMember)).statusCode).toBe(204);
    const firstReadAt = (await inbox(people.gilanMember)).announcements.find(
      (entry: { id: string }) => entry.id === ids.gilan,
    ).readAt;
    t.clock.advanceMinutes(10);
    expect((await markRead(ids.gilan, people.gilanMember)).statusCode).toBe(204);
    const after = await inbox(people.gilanMember);
    expect(after.unread).toBe(2);
    const entry = after.announcements.find((candidate: { id: string }) => candidate.id === ids.gilan);
    expect(entry).toMatchObject({ read: true, readAt: firstReadAt });
    const audit = (
      await t.request({
        method: 'GET',
        url: `/api/audit?entityId=${ids.gilan}&action=announcement.read`,
        as: people.staff,
      })
    ).json();
    expect(audit).toHaveLength(1);
  });

  it('answers 404 to a reader the announcement is not addressed to, and records nothing', async () => {
    const response = await markRead(ids.gilan, people.balkanMember);
    expect([response.statusCode, response.json().code]).toEqual([404, 'announcement_not_found']);
    expect((await markRead('00000000-0000-4000-8000-000000000000', people.balkanMember)).statusCode).toBe(404);
    const receipts = (
      await t.request({ method: 'GET', url: `/api/announcements/${ids.gilan}/receipts`, as: people.staff })
    ).json();
    expect(receipts.readers.map((reader: { userId: string }) => reader.userId)).toEqual([
      people.gilanMember.actor.userId,
    ]);
  });

  it('needs a signed-in reader', async () => {
    expect((await t.request({ method: 'GET', url: '/api/announcements' })).statusCode).toBe(401);
  });
});

describe('receipts for the secretariat', () => {
  it('counts the recipients by the audience rule and lists who read when', async () => {
    await markRead(ids.session, people.seatedBuyer);
    const session = (
      await t.request({ method: 'GET', url: `/api/announcements/${ids.session}/receipts`, as: people.staff })
    ).json();
    expect(session).toMatchObject({
      recipients: 1,
      readCount: 1,
      readers: [{ userId: people.seatedBuyer.actor.userId, email: people.seatedBuyer.actor.email }],
    });
    const gilan = (
      await t.request({ method: 'GET', url: `/api/announcements/${ids.gilan}/receipts`, as: people.staff })
    ).json();
    expect(gilan).toMatchObject({ recipients: 2, readCount: 1 });
    const empty = (
      await t.request({ method: 'GET', url: `/api/announcements/${ids.emptySession}/receipts`, as: people.staff })
    ).json();
    expect(empty).toMatchObject({ recipients: 0, readCount: 0, readers: [] });
  });

  it("lists an edition's announcements with their counts", async () => {
    const list = (
      await t.request({ method: 'GET', url: `/api/editions/${EDITION}/announcements`, as: people.staff })
    ).json();
    expect(list[0].id).toBe(ids.buses);
    expect(list.find((entry: { id: string }) => entry.id === ids.gilan)).toMatchObject({
      recipients: 2,
      readCount: 1,
      audience: { kind: 'delegation', provinceId: 'gilan' },
    });
    expect(
      (await t.request({ method: 'GET', url: '/api/editions/no-such-edition/announcements', as: people.staff })).json()
        .code,
    ).toBe('edition_not_found');
  });

  it('counts active accounts only', async () => {
    const receipts = async () =>
      (
        await t.request({ method: 'GET', url: `/api/announcements/${ids.exhibitors}/receipts`, as: people.staff })
      ).json();
    const before = (await receipts()).recipients;
    await createAccountsRepository(t.database.db).updateUser(people.exhibitor.actor.userId, {
      disabledAt: t.clock.now(),
    });
    expect((await receipts()).recipients).toBe(before - 1);
  });

  it('keeps receipts from delegations', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/announcements/${ids.gilan}/receipts`, as: people.gilanMember }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION}/announcements`, as: people.gilanMember }))
        .statusCode,
    ).toBe(403);
  });
});
