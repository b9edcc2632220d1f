import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { insertEdition } from '../testing/factories/summit.ts';
import { signedIn } from '../testing/factories/users.ts';
import { buildAppOn, type SignedInUser } from '../testing/test-app.ts';
import { writeAs } from '../testing/test-context.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import type { HttpServer } from './server.ts';

type EditionBody = { id: string; name: { en?: string } };

/**
 * The copy is seen at work by changing a row behind its back (raw SQL outside `inTransaction`,
 * which sends no notice): an answer that still shows the old row came from the copy.
 */
describe('the instance copy of public answers', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  let staff: SignedInUser;
  let draftId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    draftId = await insertEdition(database.db, { name: { en: 'The secret next edition' } });
    app = await buildAppOn(database, { environment: { PUBLIC_READ_CACHE_MB: '8' } });
    await app.ready();
    staff = await signedIn(database.db, { role: 'secretariat_staff' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const anonymous = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const asStaff = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: staff.cookie } });
  const renameBehindTheCopy = (id: string, name: string) =>
    database.db.execute(
      sql`update editions set name = name || jsonb_build_object('en', ${name}::text) where id = ${id}`,
    );

  it('answers the public from its copy until a write commits, and a signed-in reader from the database', async () => {
    const first = (await anonymous('/api/editions/current')).json<EditionBody>();
    await renameBehindTheCopy(first.id, 'Renamed behind the copy');

    expect((await anonymous('/api/editions/current')).json<EditionBody>().name.en).toBe(first.name.en);
    expect((await asStaff('/api/editions/current')).json<EditionBody>().name.en).toBe('Renamed behind the copy');

    await writeAs(database.db, { actor: staff.actor }, (write) =>
      write.db.execute(
        sql`update editions set name = name || '{"en": "Renamed by a write"}'::jsonb where id = ${first.id}`,
      ),
    );
    expect((await anonymous('/api/editions/current')).json<EditionBody>().name.en).toBe('Renamed by a write');
  });

  it('answers a browser that holds the copied answer 304, with the same ETag', async () => {
    const first = await anonymous('/api/provinces');
    const again = await anonymous('/api/provinces', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('never gives the public the answer a secretariat member got, drafts and all', async () => {
    const url = '/api/editions?drafts=include';
    const staffFirst = (await asStaff(url)).json<EditionBody[]>();
    expect(staffFirst.map((edition) => edition.id)).toContain(draftId);
    const publicAfter = await anonymous(url);
    expect(publicAfter.statusCode).toBe(403);
    expect(publicAfter.body).not.toContain(draftId);
    expect((await anonymous('/api/editions')).json<EditionBody[]>().map((edition) => edition.id)).not.toContain(
      draftId,
    );
    expect((await asStaff(url)).json<EditionBody[]>().map((edition) => edition.id)).toContain(draftId);
    expect((await asStaff(`/api/editions/${draftId}`)).statusCode).toBe(200);
    expect((await anonymous(`/api/editions/${draftId}`)).statusCode).toBe(404);
  });

  it('does not answer a request carrying a session cookie from the copy, even one no longer valid', async () => {
    const url = '/api/editions/current';
    const cached = (await anonymous(url)).json<EditionBody>();
    await renameBehindTheCopy(cached.id, 'Seen only past the copy');
    const withStaleCookie = await app.inject({ method: 'GET', url, headers: { cookie: 'cb_session=expired-token' } });
    expect(withStaleCookie.json<EditionBody>().name.en).toBe('Seen only past the copy');
    const withLanguageCookie = await app.inject({ method: 'GET', url, headers: { cookie: 'cb_lang=en' } });
    expect(withLanguageCookie.json<EditionBody>().name.en).toBe(cached.name.en);
  });

  it('keeps the answer of each language apart', async () => {
    const url = '/api/editions/current';
    const english = (await anonymous(url, { 'accept-language': 'en' })).json<EditionBody>();
    await renameBehindTheCopy(english.id, 'Renamed before anyone read it in Persian');
    expect((await anonymous(url, { 'accept-language': 'en' })).json<EditionBody>().name.en).toBe(english.name.en);
    expect((await anonymous(url, { 'accept-language': 'fa' })).json<EditionBody>().name.en).toBe(
      'Renamed before anyone read it in Persian',
    );
  });

  it('copies no refusal: what was not found is found once it exists', async () => {
    const url = `/api/editions/${draftId}`;
    expect((await anonymous(url)).statusCode).toBe(404);
    await database.db.execute(sql`update editions set status = 'published' where id = ${draftId}`);
    expect((await anonymous(url)).statusCode).toBe(200);
    await database.db.execute(sql`update editions set status = 'draft' where id = ${draftId}`);
  });
});
