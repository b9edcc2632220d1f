import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundContext } from '../../platform/context/request-context.ts';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { createUser } from '../../platform/testing/factories/users.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { purgeExpiredAccountsData } from './housekeeping.ts';
import { createAccountsRepository } from './repository.ts';
import { startSession } from './sign-in.ts';
import { sessions, signInAttempts } from './tables.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(() => database.close());

const total = async (table: typeof sessions | typeof signInAttempts) =>
  (await database.db.select({ n: count() }).from(table))[0]?.n;

describe('housekeeping', () => {
  it('removes expired sessions and old sign-in attempts, and keeps the rest', async () => {
    const actor = await createUser(database.db, { role: 'buyer' });
    await startSession({ db: database.db, now: new Date('2025-01-01T00:00:00Z') }, actor);
    await startSession({ db: database.db, now: new Date('2025-11-18T00:00:00Z') }, actor);
    const repo = createAccountsRepository(database.db);
    await repo.recordSignInAttempt({
      email: 'a@example.org',
      ipAddress: '10.0.0.1',
      succeeded: false,
      attemptedAt: new Date('2025-01-01T00:00:00Z'),
    });
    await repo.recordSignInAttempt({
      email: 'a@example.org',
      ipAddress: '10.0.0.1',
      succeeded: false,
      attemptedAt: new Date('2025-11-18T00:00:00Z'),
    });
    const throttle = (email: string, lastAttemptAt: Date) =>
      repo.saveThrottle(email, '10.0.0.1', { failures: 3, lockedUntil: null, lastAttemptAt });
    await repo.lockThrottle('old@example.org', '10.0.0.1', new Date('2025-11-10T00:00:00Z'));
    await throttle('old@example.org', new Date('2025-11-10T00:00:00Z'));
    await repo.lockThrottle('recent@example.org', '10.0.0.1', new Date('2025-11-18T12:00:00Z'));

    expect(await purgeExpiredAccountsData(backgroundContext(database.db, new Date('2025-11-19T00:00:00Z')))).toEqual({
      sessions: 1,
      attempts: 1,
      throttles: 1,
    });
    expect(await total(sessions)).toBe(1);
    expect(await total(signInAttempts)).toBe(1);
  });
});
