import { spawnSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  delegationIdOf,
  insertParticipant,
  type ParticipantSpec,
  setParticipantStatus,
} from '../../platform/testing/factories/delegations.ts';
import { insertSession } from '../../platform/testing/factories/programme.ts';
import { EDITION_2025, insertEdition } from '../../platform/testing/factories/summit.ts';
import { setUpTestApp, type SignedInUser } from '../../platform/testing/test-app.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { badgeSigningKeys, badges } from './tables.ts';
import { encodeBadgeToken } from './token-rules.ts';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'gilan' },
});

const issue = (participantId: string, as: SignedInUser = staff) =>
  t.request({ method: 'POST', url: `/api/participants/${participantId}/badge`, as, payload: {} });
const revoke = (badgeId: string, reason = 'lost') =>
  t.request({ method: 'POST', url: `/api/badges/${badgeId}/revoke`, as: staff, payload: { reason } });
const scan = (token: string, sessionId?: string, as: SignedInUser = staff) =>
  t.request({
    method: 'POST',
    url: '/api/check-ins',
    as,
    payload: sessionId ? { token, sessionId } : { token },
    headers: { 'accept-language': 'fa' },
  });
const attendance = async () =>
  (await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/attendance`, as: staff })).json();

async function issuedToken(
  spec: ParticipantSpec = {},
): Promise<{ participantId: string; badgeId: string; token: string }> {
  const id = await insertParticipant(t.database.db, spec);
  const badge = (await issue(id)).json();
  return { participantId: id, badgeId: badge.id, token: badge.token };
}

describe('issuing badges', () => {
  it('issues a badge with a signed token to an approved participant', async () => {
    const id = await insertParticipant(t.database.db);
    const response = await issue(id);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ participantId: id, editionId: EDITION_2025, revokedAt: null });
    expect(response.json().token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, response.json().id));
    expect(audit.map((entry) => entry.action)).toEqual(['badge.issue']);
  });

  it('refuses pending and rejected participants, and unknown ones', async () => {
    for (const status of ['pending', 'rejected'] as const) {
      const id = await insertParticipant(t.database.db, { status });
      const response = await issue(id);
      expect(response.statusCode, status).toBe(409);
      expect(response.json().code).toBe('participant_not_approved');
    }
    expect((await issue('00000000-0000-4000-8000-000000000000')).json().code).toBe('participant_not_found');
  });

  it('revokes the live badge when a new one is issued, leaving one live badge', async () => {
    const first = await issuedToken();
    const second = (await issue(first.participantId)).json();
    const rows = await t.database.db.select().from(badges).where(eq(badges.participantId, first.participantId));
    expect(rows.filter((row) => row.revokedAt === null).map((row) => row.id)).toEqual([second.id]);
    expect(rows.find((row) => row.id === first.badgeId)).toMatchObject({ revokedReason: 'reissued' });
    expect((await scan(first.token)).statusCode).toBe(410);
    expect((await scan(second.token)).statusCode).toBe(201);
  });

  it('leaves one live badge when two issues for the same person race', async () => {
    const id = await insertParticipant(t.database.db);
    const answers = await Promise.all([issue(id), issue(id), issue(id)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201]);
    const rows = await t.database.db.select().from(badges).where(eq(badges.participantId, id));
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.revokedAt === null)).toHaveLength(1);
  });

  it('revokes a badge with a reason, and a second revocation changes nothing', async () => {
    const { badgeId } = await issuedToken();
    const revoked = await revoke(badgeId, 'misprinted');
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ revokedReason: 'misprinted', token: null });
    expect((await revoke(badgeId, 'again')).json()).toMatchObject({
      revokedReason: 'misprinted',
      revokedAt: revoked.json().revokedAt,
    });
    expect((await revoke('00000000-0000-4000-8000-000000000000')).json().code).toBe('badge_not_found');
  });

  it('lists approved participants with their badges, by delegation', async () => {
    const { participantId, badgeId } = await issuedToken({
      provinceId: 'mangystau',
      nameNative: 'Әлихан Қасымов',
      nameLatin: 'Alikhan Kassymov',
      nameLanguage: 'kk',
    });
    await insertParticipant(t.database.db, { provinceId: 'mangystau', status: 'pending' });
    const all = (await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/badges`, as: staff })).json();
    const entry = all.find((row: { participantId: string }) => row.participantId === participantId);
    expect(entry.badge.id).toBe(badgeId);
    expect(all.every((row: { status: string }) => row.status === 'approved')).toBe(true);
    const own = (
      await t.request({
        method: 'GET',
        url: `/api/editions/${EDITION_2025}/badges?delegationId=${entry.delegationId}`,
        as: staff,
      })
    ).json();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row: { delegationId: string }) => row.delegationId === entry.delegationId)).toBe(true);
  });
});

describe('checking in', () => {
  it('refuses garbled, forged and unknown-badge tokens alike', async () => {
    const { token, badgeId } = await issuedToken();
    const flipped = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
    const forged = encodeBadgeToken(badgeId, { id: 1, secret: Buffer.alloc(32, 1) });
    const [key] = await t.database.db.select().from(badgeSigningKeys).where(eq(badgeSigningKeys.id, 1));
    const unknownBadge = encodeBadgeToken('00000000-0000-4000-8000-000000000000', {
      id: 1,
      secret: Buffer.from(key!.secret, 'base64url'),
    });
    for (const bad of ['', 'hello', flipped, forged, token.slice(0, 40), unknownBadge]) {
      const response = await scan(bad);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().code).toBe('badge_token_invalid');
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'token', code: 'badge_token_invalid' })]);
    }
  });

  it('refuses a revoked badge every time it is shown again, in the reader’s language', async () => {
    const { token, badgeId } = await issuedToken();
    expect((await scan(token)).statusCode).toBe(201);
    await revoke(badgeId);
    for (let replay = 0; replay < 2; replay += 1) {
      const response = await scan(token);
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({ code: 'badge_revoked', title: 'کارت باطل شده است' });
      expect(response.json().detail).toContain('Asia/Tehran');
    }
  });

  it('refuses a participant whose registration was cancelled after the badge was issued', async () => {
    const { token, participantId } = await issuedToken();
    await setParticipantStatus(t.database.db, participantId, 'cancelled');
    const response = await scan(token);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('participant_not_approved');
  });

  it('counts a person at the venue once per day, the edition’s day in Tehran', async () => {
    const before = await attendance();
    const { token } = await issuedToken({ nameLatin: 'Day Counter' });
    t.clock.set(new Date('2025-11-18T09:00:00+03:30'));
    const first = await scan(token);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      alreadyCheckedIn: false,
      day: '2025-11-18',
      sessionId: null,
      participant: { nameLatin: 'Day Counter', role: 'member' },
    });
    expect(first.json().participant.provinceNames.en).toBeTruthy();
    // 23:45 in Tehran is still the 18th there.
    t.clock.set(new Date('2025-11-18T20:15:00Z'));
    const again = await scan(token);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      alreadyCheckedIn: true,
      day: '2025-11-18',
      checkedInAt: first.json().checkedInAt,
    });
    // 23:45 UTC is already 03:15 on the 19th in Tehran: a new day.
    t.clock.set(new Date('2025-11-18T23:45:00Z'));
    const nextDay = await scan(token);
    expect(nextDay.statusCode).toBe(201);
    expect(nextDay.json().day).toBe('2025-11-19');
    const after = await attendance();
    const countOn = (report: { byDay: { day: string; count: number }[] }, day: string) =>
      report.byDay.find((entry) => entry.day === day)?.count ?? 0;
    expect(countOn(after, '2025-11-18') - countOn(before, '2025-11-18')).toBe(1);
    expect(countOn(after, '2025-11-19') - countOn(before, '2025-11-19')).toBe(1);
    expect(after).toMatchObject({ timeZone: 'Asia/Tehran', today: '2025-11-19' });
    t.clock.set(new Date('2025-11-18T09:00:00+03:30'));
  });

  it('counts a person once per session, apart from the venue', async () => {
    const sessionId = await insertSession(t.database.db);
    const one = await issuedToken();
    const two = await issuedToken();
    expect((await scan(one.token, sessionId)).statusCode).toBe(201);
    expect((await scan(one.token, sessionId)).json().alreadyCheckedIn).toBe(true);
    expect((await scan(two.token, sessionId)).statusCode).toBe(201);
    expect((await scan(one.token)).json().alreadyCheckedIn).toBe(false);
    const report = await attendance();
    expect(report.bySession).toContainEqual({ sessionId, count: 2 });
  });

  it('refuses an unknown session and a session of another edition', async () => {
    const { token } = await issuedToken();
    const unknown = await scan(token, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('session_not_found');
    const elsewhere = await insertSession(t.database.db, { editionId: await insertEdition(t.database.db) });
    expect((await scan(token, elsewhere)).json().code).toBe('session_not_found');
  });
});

describe('permissions', () => {
  it('keeps badges and check-in to the secretariat', async () => {
    const { participantId, badgeId, token } = await issuedToken();
    expect((await issue(participantId, delegate)).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `/api/participants/${participantId}/badge`, payload: {} })).statusCode,
    ).toBe(401);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/badges/${badgeId}/revoke`,
          as: delegate,
          payload: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await scan(token, undefined, delegate)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/badges/${badgeId}/badge.pdf`, as: delegate })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/badges.pdf`, as: delegate })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/badges`, as: delegate })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/attendance`, as: delegate })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/editions/${EDITION_2025}/attendance` })).statusCode).toBe(401);
    const rows = await t.database.db.select().from(badges).where(eq(badges.id, badgeId));
    expect(rows[0]!.revokedAt).toBeNull();
  });
});

describe('badge PDFs', () => {
  const textOf = (pdf: Buffer) => spawnSync('pdftotext', ['-', '-'], { input: pdf }).stdout.toString('utf8');
  const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

  it('prints a badge with its fonts embedded and its names readable', async () => {
    const { badgeId } = await issuedToken({ nameNative: 'نرگس تهرانی', nameLatin: 'Narges Tehrani' });
    const response = await t.request({ method: 'GET', url: `/api/badges/${badgeId}/badge.pdf`, as: staff });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(pagesOf(pdf)).toBe(1);
    const text = textOf(pdf);
    expect(text).toContain('Narges Tehrani');
    expect(text).toContain('Gilan');
  });

  it('embeds a Cyrillic face for a Kazakh name', async () => {
    const { badgeId } = await issuedToken({
      provinceId: 'mangystau',
      nameNative: 'Әлихан Қасымов',
      nameLatin: 'Alikhan Kassymov',
      nameLanguage: 'kk',
    });
    const pdf = (await t.request({ method: 'GET', url: `/api/badges/${badgeId}/badge.pdf`, as: staff })).rawPayload;
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSans/);
    expect(textOf(pdf)).toContain('Әлихан Қасымов');
  });

  it('does not print a revoked badge', async () => {
    const { badgeId } = await issuedToken();
    await revoke(badgeId);
    const response = await t.request({ method: 'GET', url: `/api/badges/${badgeId}/badge.pdf`, as: staff });
    expect(response.statusCode).toBe(410);
  });

  it('prints every live badge of a delegation, one per page', async () => {
    await insertParticipant(t.database.db, { provinceId: 'balkan', status: 'pending' });
    const delegationId = await delegationIdOf(t.database.db, EDITION_2025, 'balkan');
    const one = await issuedToken({
      provinceId: 'balkan',
      nameNative: 'Aýna Orazowa',
      nameLatin: 'Ayna Orazova',
      nameLanguage: 'tk',
    });
    await issuedToken({
      provinceId: 'balkan',
      nameNative: 'Merdan Ataýew',
      nameLatin: 'Merdan Atayev',
      nameLanguage: 'tk',
    });
    await issue(one.participantId);
    const response = await t.request({
      method: 'GET',
      url: `/api/editions/${EDITION_2025}/badges.pdf?delegationId=${delegationId}`,
      as: staff,
    });
    expect(response.statusCode).toBe(200);
    expect(pagesOf(response.rawPayload)).toBe(2);
    expect(textOf(response.rawPayload)).toContain('Merdan Atayev');
  });
});
