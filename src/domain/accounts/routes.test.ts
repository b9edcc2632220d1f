import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser, signedIn, TEST_PASSWORD } from '../../platform/testing/factories/users.ts';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { ACCEPT_INVITE_LIMIT } from './routes.ts';
import { sessions, users } from './tables.ts';

const { t, admin, staff } = setUpTestApp({
  admin: { role: 'secretariat_admin' },
  staff: { role: 'secretariat_staff' },
});

const signIn = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  t.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress });

const cookieOf = (response: { cookies: { name: string; value: string }[] }) => {
  const session = response.cookies.find((cookie) => cookie.name === 'cb_session');
  return session ? `cb_session=${session.value}` : '';
};

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly SameSite cookie', async () => {
    await createUser(t.database.db, { role: 'buyer', email: 'buyer@example.org' });
    const response = await signIn('Buyer@Example.org', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((candidate) => candidate.name === 'cb_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const session = await t.request({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookieOf(response) },
    });
    expect(session.json().user.email).toBe('buyer@example.org');
    expect(session.json().csrfToken).toBe(response.json().csrfToken);
  });

  it('refuses a wrong password with invalid_credentials in the reader language', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'buyer@example.org', password: 'wrong password' },
      headers: { 'accept-language': 'ru' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('invalid_credentials');
    expect(response.json().title).toMatch(/[а-яА-Я]/);
  });

  it('locks an e-mail after five failures, even for the right password', async () => {
    await createUser(t.database.db, { role: 'exhibitor', email: 'guessed@example.org' });
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signIn('guessed@example.org', 'nope nope nope', '10.0.0.9')).statusCode).toBe(401);
    const locked = await signIn('guessed@example.org', TEST_PASSWORD, '10.0.0.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    t.clock.advanceMinutes(16);
    expect((await signIn('guessed@example.org', TEST_PASSWORD, '10.0.0.9')).statusCode).toBe(200);
  });

  it('signs out and forgets the session', async () => {
    const user = await signedIn(t, { role: 'buyer' });
    expect((await t.request({ method: 'POST', url: '/api/auth/sign-out', as: user })).statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/api/users', as: user });
    expect(after.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const response = await t.request({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_token_invalid');
  });

  it('refuses a write carrying another session token', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: admin.cookie, 'x-csrf-token': staff.csrfToken },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('invitations', () => {
  const invite = (as: Credentials | undefined, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/invites', payload, as });

  it('takes an invited delegate from link to signed-in account, once', async () => {
    const created = await invite(staff, {
      email: 'delegate@astrakhan.example',
      role: 'delegation_member',
      provinceId: 'astrakhan',
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().link.split('/invite/')[1];
    expect((await t.request({ method: 'GET', url: `/api/invites/${token}` })).json().role).toBe('delegation_member');

    const accepted = await t.request({
      method: 'POST',
      url: `/api/invites/${token}/accept`,
      payload: { displayName: 'Иван Петров', password: 'a long enough password', locale: 'ru' },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({ role: 'delegation_member', provinceId: 'astrakhan' });
    expect((await signIn('delegate@astrakhan.example', 'a long enough password', '10.0.0.2')).statusCode).toBe(200);

    const again = await t.request({
      method: 'POST',
      url: `/api/invites/${token}/accept`,
      payload: { displayName: 'Someone', password: 'another long password' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invite_already_used');
  });

  it('refuses a password a guesser would try early, next to the field and in the reader language', async () => {
    const created = await invite(staff, { email: 'weak@example.org', role: 'buyer', organisation: 'Caspian Foods' });
    const token = created.json().link.split('/invite/')[1];
    const accept = (password: string) =>
      t.request({
        method: 'POST',
        url: `/api/invites/${token}/accept`,
        payload: { displayName: 'Weak Password', password },
        headers: { 'accept-language': 'fa' },
      });
    for (const password of ['            ', 'aaaaaaaaaaaa', 'password1234', 'qwertyuiop[]', 'weak@example.org']) {
      const refused = await accept(password);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'password_too_weak' });
      expect(refused.json().errors).toEqual([
        { path: 'password', code: 'password_too_weak', message: refused.json().detail },
      ]);
      expect(refused.json().detail).toMatch(/گذرواژه/);
    }
    expect((await t.database.db.select().from(users).where(eq(users.email, 'weak@example.org'))).length).toBe(0);
    expect((await accept('plum kettle harbour lantern')).statusCode).toBe(201);
  });

  it('limits invitation acceptance per address, with a Retry-After', async () => {
    const codes: number[] = [];
    for (let call = 0; call <= ACCEPT_INVITE_LIMIT.max; call++) {
      const response = await t.request({
        method: 'POST',
        url: `/api/invites/${'x'.repeat(40)}/accept`,
        payload: { displayName: 'Token Guesser', password: 'plum kettle harbour lantern' },
        remoteAddress: '10.40.0.1',
      });
      codes.push(response.statusCode);
    }
    expect(codes.slice(0, ACCEPT_INVITE_LIMIT.max).every((code) => code === 404)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('refuses an expired invitation', async () => {
    const created = await invite(admin, { email: 'late@example.org', role: 'buyer', organisation: 'Caspian Foods' });
    const token = created.json().link.split('/invite/')[1];
    const issuedAt = t.clock.now();
    t.clock.advanceMinutes(15 * 24 * 60);
    const response = await t.request({ method: 'GET', url: `/api/invites/${token}` });
    t.clock.set(issuedAt);
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('invite_expired');
  });

  it('can be withdrawn by the secretariat, after which the link no longer works', async () => {
    const created = await invite(staff, {
      email: 'wrong.person@example.org',
      role: 'buyer',
      organisation: 'Balkan Oil',
    });
    const token = created.json().link.split('/invite/')[1];
    const revoked = await t.request({ method: 'DELETE', url: `/api/invites/${created.json().invite.id}`, as: staff });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const accept = await t.request({
      method: 'POST',
      url: `/api/invites/${token}/accept`,
      payload: { displayName: 'Someone', password: 'a long enough password' },
    });
    expect(accept.statusCode).toBe(410);
  });

  it('cannot be withdrawn once accepted, nor by a delegate', async () => {
    const created = await invite(admin, { email: 'quick@example.org', role: 'exhibitor', organisation: 'Gilan Tea' });
    const token = created.json().link.split('/invite/')[1];
    await t.request({
      method: 'POST',
      url: `/api/invites/${token}/accept`,
      payload: { displayName: 'Quick', password: 'a long enough password' },
    });
    const late = await t.request({ method: 'DELETE', url: `/api/invites/${created.json().invite.id}`, as: admin });
    expect(late.statusCode).toBe(409);
    const delegate = await signedIn(t, { role: 'delegation_member', provinceId: 'gilan' });
    expect(
      (await t.request({ method: 'DELETE', url: `/api/invites/${created.json().invite.id}`, as: delegate })).statusCode,
    ).toBe(403);
  });

  it('requires a province for a delegation member and names the field', async () => {
    const response = await invite(admin, { email: 'noprovince@example.org', role: 'delegation_member' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'provinceId', code: 'province_required' }),
    );
  });

  it('answers 404 for an unknown province and stores no invitation', async () => {
    const response = await invite(admin, {
      email: 'ghost@example.org',
      role: 'delegation_member',
      provinceId: 'atlantis',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('province_not_found');
    expect(
      (await t.request({ method: 'GET', url: '/api/invites', as: admin }))
        .json()
        .map((entry: { email: string }) => entry.email),
    ).not.toContain('ghost@example.org');
  });

  it('does not let staff invite a secretariat admin, nor the public invite anyone', async () => {
    expect((await invite(staff, { email: 'boss@example.org', role: 'secretariat_admin' })).statusCode).toBe(403);
    expect(
      (await invite(undefined, { email: 'anyone@example.org', role: 'buyer', organisation: 'X' })).statusCode,
    ).toBe(401);
  });

  it('refuses to invite an e-mail that already has an account', async () => {
    const response = await invite(admin, { email: 'BUYER@example.org', role: 'buyer', organisation: 'X' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email_taken');
  });
});

describe('managing users', () => {
  it('lets an admin disable a user, which ends their sessions and is audited', async () => {
    const target = await signedIn(t, { role: 'exhibitor' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${target.actor.userId}`,
      payload: { disabled: true },
      as: admin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().disabled).toBe(true);
    const [remaining] = await t.database.db
      .select({ total: count() })
      .from(sessions)
      .where(eq(sessions.userId, target.actor.userId));
    expect(remaining?.total).toBe(0);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, target.actor.userId));
    expect(entries.map((entry) => entry.action)).toContain('user.update');
    expect(JSON.stringify(entries)).not.toContain('passwordHash');
  });

  it('does not let staff change a role', async () => {
    const target = await createUser(t.database.db, { role: 'buyer' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${target.userId}`,
      payload: { role: 'secretariat_admin' },
      as: staff,
    });
    expect(response.statusCode).toBe(403);
    const [stored] = await t.database.db.select().from(users).where(eq(users.id, target.userId));
    expect(stored?.role).toBe('buyer');
  });
});
