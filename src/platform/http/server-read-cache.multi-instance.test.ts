import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { insertEdition } from '../testing/factories/summit.ts';
import { signedIn } from '../testing/factories/users.ts';
import { useTwoInstances } from '../testing/two-instances.ts';

const serverUrl = process.env.DATABASE_URL;
const CURRENT = '/api/editions/current';

type EditionBody = { id: string; slogan: Record<string, string>; name: Record<string, string> };

/** Asks again until `isSeen` holds or `withinMs` has passed since `since`; returns the last answer. */
async function pollUntil(
  read: () => Promise<LightMyRequestResponse>,
  isSeen: (response: LightMyRequestResponse) => boolean,
  since: number,
  withinMs: number,
): Promise<LightMyRequestResponse> {
  for (;;) {
    const response = await read();
    if (isSeen(response) || performance.now() - since > withinMs) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Each instance keeps a copy of public answers and makes them again after the change notices
 * PostgreSQL carries from the other's commits. The copy is shown to be in use first (a row changed behind its
 * back, by SQL outside any use case, is not seen), so a fresh answer after a write can only come
 * from the notice.
 */
describe.runIf(serverUrl)('two instances, each with its copy of public answers', () => {
  const { handles, apps } = useTwoInstances(serverUrl!, { environment: { PUBLIC_READ_CACHE_MB: '8' } });
  const [a, b] = [0, 1];
  const anonymous = (instance: number, url: string) => apps[instance]!.inject({ method: 'GET', url });
  const changeBehindTheCopies = (id: string, slogan: string) =>
    handles[0]!.db.execute(
      sql`update editions set slogan = slogan || jsonb_build_object('en', ${slogan}::text) where id = ${id}`,
    );

  it('shows a write made through instance A to the public on instance B within a second', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const before = (await anonymous(b, CURRENT)).json<EditionBody>();
    await changeBehindTheCopies(before.id, 'Changed behind the copies');
    expect((await anonymous(b, CURRENT)).json<EditionBody>().slogan.en).toBe(before.slogan.en);

    const written = await apps[a]!.inject({
      method: 'PATCH',
      url: `/api/editions/${before.id}`,
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
      payload: { slogan: { ...before.slogan, en: 'Written through instance A' } },
    });
    expect(written.statusCode).toBe(200);
    const since = performance.now();
    const onB = await pollUntil(
      () => anonymous(b, CURRENT),
      (response) => response.json<EditionBody>().slogan.en === 'Written through instance A',
      since,
      1000,
    );
    expect(onB.json<EditionBody>().slogan.en).toBe('Written through instance A');
    expect((await anonymous(a, CURRENT)).json<EditionBody>().slogan.en).toBe('Written through instance A');
  });

  it('never gives the public on either instance what a secretariat member read there', async () => {
    const db = handles[0]!.db;
    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const draftId = await insertEdition(db, { name: { en: 'The next edition, not yet announced' } });
    const asStaff = (url: string) => apps[b]!.inject({ method: 'GET', url, headers: { cookie: staff.cookie } });

    expect((await asStaff(`/api/editions/${draftId}`)).statusCode).toBe(200);
    expect((await asStaff('/api/editions?drafts=include')).body).toContain(draftId);
    for (const instance of [a, b]) {
      expect((await anonymous(instance, `/api/editions/${draftId}`)).statusCode).toBe(404);
      expect((await anonymous(instance, '/api/editions?drafts=include')).body).not.toContain(draftId);
      expect((await anonymous(instance, '/api/editions')).body).not.toContain(draftId);
      expect((await anonymous(instance, CURRENT)).json<EditionBody>().id).not.toBe(draftId);
    }
  });

  it('stops answering from its copy when it loses its listening connection, and uses it again once back', async () => {
    const db = handles[0]!.db;
    const current = (await anonymous(b, CURRENT)).json<EditionBody>();
    await db.execute(sql`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`);
    await changeBehindTheCopies(current.id, 'Changed while nobody listened');
    const duringOutage = await pollUntil(
      () => anonymous(b, CURRENT),
      (response) => response.json<EditionBody>().slogan.en === 'Changed while nobody listened',
      performance.now(),
      2000,
    );
    expect(duringOutage.json<EditionBody>().slogan.en).toBe('Changed while nobody listened');

    // Back: it copies again (a change behind its back is not seen) and hears notices again.
    const listening = async () =>
      Number(
        (
          (await db.execute(
            sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]!.n,
      );
    const deadline = performance.now() + 5000;
    while ((await listening()) < 2 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await listening()).toBe(2);
    await anonymous(b, CURRENT);
    await changeBehindTheCopies(current.id, 'Changed behind the copy again');
    expect((await anonymous(b, CURRENT)).json<EditionBody>().slogan.en).toBe('Changed while nobody listened');

    const staff = await signedIn(db, { role: 'secretariat_staff' });
    const written = await apps[a]!.inject({
      method: 'PATCH',
      url: `/api/editions/${current.id}`,
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken },
      payload: { slogan: { ...current.slogan, en: 'Written after the reconnection' } },
    });
    expect(written.statusCode).toBe(200);
    const onB = await pollUntil(
      () => anonymous(b, CURRENT),
      (response) => response.json<EditionBody>().slogan.en === 'Written after the reconnection',
      performance.now(),
      1000,
    );
    expect(onB.json<EditionBody>().slogan.en).toBe('Written after the reconnection');
  });
});
