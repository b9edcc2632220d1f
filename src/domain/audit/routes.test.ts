import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp, type Credentials } from '../../platform/testing/test-app.ts';

const { t, staff, delegate } = setUpTestApp({
  staff: { role: 'secretariat_staff' },
  delegate: { role: 'delegation_member', provinceId: 'mangystau' },
});

beforeAll(async () => {
  await t.request({
    method: 'PATCH',
    url: '/api/provinces/mangystau',
    payload: { overview: { kk: 'Қазақстанның теңіз қақпасы.' } },
    as: delegate,
  });
  await t.request({
    method: 'POST',
    url: '/api/invites',
    payload: { email: 'b@example.org', role: 'buyer', organisation: 'Aktau Trade' },
    as: staff,
  });
});

const readAudit = (query: string, as?: Credentials) => t.request({ method: 'GET', url: `/api/audit${query}`, as });

describe('the audit log', () => {
  it('is readable by the secretariat, newest first, with before and after', async () => {
    const entries = (await readAudit('', staff)).json();
    expect(entries.map((entry: { action: string }) => entry.action).slice(0, 2)).toEqual([
      'invite.create',
      'province.update_profile',
    ]);
    const edit = entries.find((entry: { action: string }) => entry.action === 'province.update_profile');
    expect(edit).toMatchObject({
      before: { overview: {} },
      after: { overview: { kk: 'Қазақстанның теңіз қақпасы.' } },
      actorEmail: delegate.actor.email,
    });
  });

  it('filters by kind of entity and by person', async () => {
    expect(
      (await readAudit('?entityType=province', staff))
        .json()
        .every((entry: { entityType: string }) => entry.entityType === 'province'),
    ).toBe(true);
    const byDelegate = (await readAudit(`?actorEmail=${encodeURIComponent(delegate.actor.email)}`, staff)).json();
    expect(byDelegate).toHaveLength(1);
  });

  it('pages backwards by id', async () => {
    const [newest] = (await readAudit('?limit=1', staff)).json();
    const older = (await readAudit(`?beforeId=${newest.id}`, staff)).json();
    expect(older.every((entry: { id: number }) => entry.id < newest.id)).toBe(true);
  });

  it('is closed to delegations and to the public', async () => {
    expect((await readAudit('', delegate)).statusCode).toBe(403);
    expect((await readAudit('')).statusCode).toBe(401);
  });

  it('rejects a range that ends before it starts', async () => {
    const response = await readAudit('?from=2025-11-20T00:00:00Z&to=2025-11-18T00:00:00Z', staff);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'query.to', code: 'ends_before_start' });
  });

  it('refuses to change or delete history, even from SQL', async () => {
    const databaseMessage = (statement: ReturnType<typeof sql>) =>
      t.database.db.execute(statement).then(
        () => 'no error',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await databaseMessage(sql`update audit_log set action = 'tampered'`)).toMatch(/append-only/);
    expect(await databaseMessage(sql`delete from audit_log`)).toMatch(/append-only/);
  });
});
