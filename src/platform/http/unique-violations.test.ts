import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { signedIn } from '../testing/factories/users.ts';
import { setUpTestApp } from '../testing/test-app.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { useTwoInstances } from '../testing/two-instances.ts';
import { createHttpServer, type HttpServer } from './server.ts';

const PASSWORD = 'Lantern over the Volga at dusk 47';

describe('a unique violation no use case foresaw', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  beforeAll(async () => {
    database = await openTestDatabase({ seed: false });
    await database.db.execute(sql`create table edge_unique_probes (code text primary key, label text unique)`);
    app = await createHttpServer({ logLevel: 'silent' });
    app.post('/api/probes/:code', async (request) => {
      const { code } = request.params as { code: string };
      await database.db.execute(sql`insert into edge_unique_probes (code, label) values (${code}, ${`label ${code}`})`);
      return { code };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 409 already_exists, not 500, when the database refuses a duplicate', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/probes/caviar' })).statusCode).toBe(200);
    const duplicate = await app.inject({ method: 'POST', url: '/api/probes/caviar' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.headers['content-type']).toContain('application/problem+json');
    expect(duplicate.json()).toMatchObject({ code: 'already_exists', status: 409 });
    expect(duplicate.body).not.toContain('caviar');
  });
});

function expectOneWinner(answers: LightMyRequestResponse[]) {
  const statuses = answers.map((answer) => answer.statusCode);
  expect(
    statuses.filter((status) => status === 201),
    statuses.join(','),
  ).toHaveLength(1);
  for (const loser of answers.filter((answer) => answer.statusCode !== 201)) {
    expect(loser.statusCode, loser.body).toBe(409);
    expect(loser.headers['content-type']).toContain('application/problem+json');
    expect(['invite_already_used', 'email_taken', 'already_exists']).toContain(loser.json().code);
  }
}

describe('ten parallel accepts of one invitation', () => {
  const { t, admin } = setUpTestApp({ admin: { role: 'secretariat_admin' } });

  it('sign up one account and tell the nine others it is taken', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/invites',
      payload: { email: 'racer@example.org', role: 'buyer', organisation: 'Caspian Foods' },
      as: admin,
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().link.split('/invite/')[1];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        t.request({
          method: 'POST',
          url: `/api/invites/${token}/accept`,
          payload: { displayName: `Racer ${index}`, password: PASSWORD },
        }),
      ),
    );
    expectOneWinner(answers);
  });
});

const serverUrl = process.env.DATABASE_URL;

describe.runIf(serverUrl)('ten parallel accepts of one invitation on two instances', () => {
  const instances = useTwoInstances(serverUrl!);

  it('sign up one account and answer the nine others 409', async () => {
    const [first, second] = instances.apps as [HttpServer, HttpServer];
    const admin = await signedIn(instances.handles[0]!.db, { role: 'secretariat_admin' });
    const created = await first.inject({
      method: 'POST',
      url: '/api/invites',
      payload: { email: 'racer@example.org', role: 'buyer', organisation: 'Caspian Foods' },
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().link.split('/invite/')[1];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 === 0 ? first : second).inject({
          method: 'POST',
          url: `/api/invites/${token}/accept`,
          payload: { displayName: `Racer ${index}`, password: PASSWORD },
        }),
      ),
    );
    expectOneWinner(answers);
  });
});
