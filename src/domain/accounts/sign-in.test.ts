import { describe, expect, it } from 'vitest';
import type { HttpServer } from '../../platform/http/server.ts';
import { createUser, TEST_PASSWORD } from '../../platform/testing/factories/users.ts';
import { buildAppOn, setUpTestApp } from '../../platform/testing/test-app.ts';
import { useTwoInstances } from '../../platform/testing/two-instances.ts';
import { SIGN_IN_ADDRESS_LIMIT } from './sign-in.ts';
import { SIGN_IN_LIMITS } from './sign-in-rules.ts';

const { t } = setUpTestApp();

type Attempt = { email: string; password: string; remoteAddress: string; forwardedFor?: string };

const signInOn = (app: HttpServer, { email, password, remoteAddress, forwardedFor }: Attempt) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
const signIn = (attempt: Attempt) => signInOn(t.app, attempt);

const statuses = (responses: { statusCode: number }[]) => responses.map((response) => response.statusCode);
const tally = (codes: number[]) => ({
  checked: codes.filter((code) => code === 200 || code === 401).length,
  refused: codes.filter((code) => code === 429).length,
});

describe('sign-in attempts arriving together', () => {
  it('checks only the free attempts of a burst of 50 wrong passwords', async () => {
    const { email } = await createUser(t.database.db, { role: 'buyer' });
    const burst = Array.from({ length: 50 }, () =>
      signIn({ email, password: 'wrong password!', remoteAddress: '10.1.0.1' }),
    );
    expect(tally(statuses(await Promise.all(burst)))).toEqual({ checked: SIGN_IN_LIMITS.freeFailures, refused: 45 });
  });

  it('does not let the right password through late in a burst', async () => {
    const { email } = await createUser(t.database.db, { role: 'buyer' });
    const burst = Array.from({ length: 30 }, (_, index) =>
      signIn({ email, password: index === 25 ? TEST_PASSWORD : 'wrong password!', remoteAddress: '10.1.0.2' }),
    );
    const codes = statuses(await Promise.all(burst));
    expect(tally(codes)).toEqual({ checked: SIGN_IN_LIMITS.freeFailures, refused: 25 });
    expect(codes[25]).toBe(429);
  });
});

describe('sign-in lock-out', () => {
  it('locks the guessing address out with a Retry-After, but not the owner at another address', async () => {
    const { email } = await createUser(t.database.db, { role: 'exhibitor' });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailures; attempt++)
      expect((await signIn({ email, password: 'a wrong guess!', remoteAddress: '10.2.0.1' })).statusCode).toBe(401);
    const locked = await signIn({ email, password: TEST_PASSWORD, remoteAddress: '10.2.0.1' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    expect(locked.headers['retry-after']).toBe('60');
    expect((await signIn({ email, password: TEST_PASSWORD, remoteAddress: '10.2.0.2' })).statusCode).toBe(200);
  });

  it('waits twice as long after each failure past the free ones', async () => {
    const { email } = await createUser(t.database.db, { role: 'exhibitor' });
    const guess = () => signIn({ email, password: 'a wrong guess!', remoteAddress: '10.2.0.3' });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailures; attempt++) await guess();
    t.clock.advanceMinutes(1);
    expect((await guess()).statusCode).toBe(401);
    expect((await guess()).headers['retry-after']).toBe('120');
  });

  it('forgets the failures once the owner signs in', async () => {
    const { email } = await createUser(t.database.db, { role: 'exhibitor' });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailures - 1; attempt++)
      await signIn({ email, password: 'a wrong guess!', remoteAddress: '10.2.0.4' });
    expect((await signIn({ email, password: TEST_PASSWORD, remoteAddress: '10.2.0.4' })).statusCode).toBe(200);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.freeFailures; attempt++)
      expect((await signIn({ email, password: 'a wrong guess!', remoteAddress: '10.2.0.4' })).statusCode).toBe(401);
  });

  it('stops one address walking through many accounts', async () => {
    const codes: number[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_ADDRESS_LIMIT.max; attempt++) {
      const response = await signIn({
        email: `walk-${attempt}@example.org`,
        password: 'guess',
        remoteAddress: '10.3.0.1',
      });
      codes.push(response.statusCode);
    }
    expect(codes.slice(0, SIGN_IN_ADDRESS_LIMIT.max).every((code) => code === 401)).toBe(true);
    const last = await signIn({ email: 'walk-last@example.org', password: 'guess', remoteAddress: '10.3.0.1' });
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('rate_limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the client address behind a proxy', () => {
  it('ignores X-Forwarded-For when TRUST_PROXY is off, so a new header each time does not reset the count', async () => {
    const { email } = await createUser(t.database.db, { role: 'buyer' });
    const attempt = (n: number) =>
      signIn({ email, password: 'a wrong guess!', remoteAddress: '10.4.0.1', forwardedFor: `203.0.113.${n}` });
    for (let n = 0; n < SIGN_IN_LIMITS.freeFailures; n++) expect((await attempt(n)).statusCode).toBe(401);
    expect((await attempt(99)).statusCode).toBe(429);
  });

  it('takes the address from the trusted proxy when TRUST_PROXY names it', async () => {
    const behindProxy = await buildAppOn(t.database, { now: t.clock.now, environment: { TRUST_PROXY: '10.4.0.2' } });
    const { email } = await createUser(t.database.db, { role: 'buyer' });
    const attempt = (client: string) =>
      signInOn(behindProxy, { email, password: 'a wrong guess!', remoteAddress: '10.4.0.2', forwardedFor: client });
    for (let n = 0; n < SIGN_IN_LIMITS.freeFailures; n++) await attempt('203.0.113.7');
    expect((await attempt('203.0.113.7')).statusCode).toBe(429);
    expect((await attempt('203.0.113.8')).statusCode).toBe(401);
    await behindProxy.close();
  });
});

const serverUrl = process.env.DATABASE_URL;

/** PGlite is one connection in one process; a real race needs PostgreSQL and two app instances. */
describe.runIf(serverUrl)('sign-in attempts racing on two instances', () => {
  const { handles, apps } = useTwoInstances(serverUrl!);

  it('checks only the free attempts of 50 wrong passwords spread over both instances', async () => {
    const { email } = await createUser(handles[0]!.db, { role: 'buyer' });
    const burst = Array.from({ length: 50 }, (_, index) =>
      signInOn(apps[index % 2]!, { email, password: 'wrong password!', remoteAddress: '10.9.0.1' }),
    );
    expect(tally(statuses(await Promise.all(burst)))).toEqual({ checked: SIGN_IN_LIMITS.freeFailures, refused: 45 });
  });

  it('lets the owner in from another address while the guesser waits', async () => {
    const { email } = await createUser(handles[0]!.db, { role: 'buyer' });
    const burst = Array.from({ length: 20 }, (_, index) =>
      signInOn(apps[index % 2]!, { email, password: 'wrong password!', remoteAddress: '10.9.0.2' }),
    );
    await Promise.all(burst);
    const owner = await signInOn(apps[1]!, { email, password: TEST_PASSWORD, remoteAddress: '10.9.0.3' });
    expect(owner.statusCode).toBe(200);
  });
});
