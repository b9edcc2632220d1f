import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundContext } from '../../platform/context/request-context.ts';
import type { DatabaseHandle } from '../../platform/db/client.ts';
import { openTestDatabase } from '../../platform/testing/test-database.ts';
import { ensureFirstAdmin } from './users.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the first secretariat admin', () => {
  it('is refused with a weak ADMIN_PASSWORD, and nobody is created', async () => {
    const context = backgroundContext(database.db, new Date());
    await expect(ensureFirstAdmin(context, 'admin@example.org', 'password1234')).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(ensureFirstAdmin(context, 'admin@example.org', 'aaaaaaaaaaaa')).rejects.toThrow(/too easy to guess/);
  });

  it('is created on a seeded database whose only account is the disabled demo secretariat, and only once', async () => {
    const context = backgroundContext(database.db, new Date());
    expect(await ensureFirstAdmin(context, 'Admin@Example.org', 'a-long-enough-password')).toEqual({
      email: 'Admin@Example.org',
      generatedPassword: null,
    });
    expect(await ensureFirstAdmin(context, 'other@example.org', 'a-long-enough-password')).toBeNull();
  });
});
