import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { signedIn } from '../testing/factories/users.ts';
import { setUpTestApp } from '../testing/test-app.ts';
import { violatedUniqueConstraint } from '../db/unique-violation.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { useTwoInstances } from '../testing/two-instances.ts';
import { createHttpServer, type HttpServer } from './server.ts';
import { catalogueUniqueIndexes, type UniqueIndex } from '../testing/unique-indexes.ts';

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

// Append-only: a trigger refuses every update before any index is checked, and rows get fresh ids.
const NOT_UPDATABLE = new Set(['audit_log']);

describe('every unique index of the schema', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  let indexes: UniqueIndex[] = [];
  beforeAll(async () => {
    database = await openTestDatabase();
    indexes = await catalogueUniqueIndexes(database.db);
    app = await createHttpServer({ logLevel: 'silent' });
    // Gives one row the values another row holds in the index's columns, the way a racing write
    // would, inside a transaction that never commits.
    app.post('/api/probes/duplicate/:index', async (request) => {
      const index = indexes.find((candidate) => candidate.name === (request.params as { index: string }).index)!;
      const rows = await database.db.execute(sql`
        select ctid::text as ctid from ${sql.identifier(index.table)}
        where ${sql.raw(index.rowFilter)} limit 2`);
      const [target, source] = (rows as unknown as { rows: { ctid: string }[] }).rows;
      if (!target || !source) return { exercised: false };
      // The index's columns alone, or, when a check constraint objects to the mixed row, the whole
      // source row but its primary key.
      for (const columns of [index.columns, index.rowColumns]) {
        try {
          await copyColumns(index.table, columns, source.ctid, target.ctid);
        } catch (error) {
          if (violatedUniqueConstraint(error) === index.name) throw error;
        }
      }
      return { exercised: false };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** Gives one row another's values in `columns`, the way a racing write would, and never commits. */
  async function copyColumns(table: string, columns: string[], source: string, target: string) {
    const names = sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    );
    await database.db.transaction(async (transaction) => {
      await transaction.execute(sql`
        update ${sql.identifier(table)} set (${names}) =
          (select ${names} from ${sql.identifier(table)} where ctid = ${source}::tid)
        where ctid = ${target}::tid`);
      transaction.rollback();
    });
  }

  it('answers a duplicate with 409 already_exists, for every index the seed gives two rows to', async () => {
    const unexercised: string[] = [];
    for (const index of indexes.filter((candidate) => !NOT_UPDATABLE.has(candidate.table))) {
      const response = await app.inject({ method: 'POST', url: `/api/probes/duplicate/${index.name}` });
      if (response.statusCode === 200 && response.json().exercised === false) {
        unexercised.push(index.name);
        continue;
      }
      expect(response.statusCode, `${index.name}: ${response.body}`).toBe(409);
      expect(response.json().code, index.name).toBe('already_exists');
    }
    // Most tables hold seeded rows; the rest are covered by the forced duplicate above.
    expect(unexercised.length, unexercised.join(', ')).toBeLessThan(indexes.length / 2);
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
    // email_taken when a loser read the invitation before the winner committed and the user after.
    expect(['invite_already_used', 'email_taken']).toContain(loser.json().code);
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
