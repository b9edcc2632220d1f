import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { redactUrl } from './log-redaction.ts';
import { createHttpServer, type HttpServer } from './server.ts';

// Shaped like what the platform stores: an argon2id hash and a session token.
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0pS3cr3tH4shV4lu3ThatMustN0tLeak';
const SESSION_TOKEN = 'sEssIoNtOkEnThatMustNeverReachALogLine0123456';
const SECRETS = [PASSWORD_HASH, SESSION_TOKEN, 'c2FsdHNhbHRzYWx0', 'hunter2 hunter2'];

describe('what the log keeps of a failed request', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase({ seed: false });
    await database.db.execute(
      sql`create table edge_log_probes (password_hash text not null, token text not null, label text not null)`,
    );
    app = await createHttpServer({ logLevel: 'debug', logStream: { write: (line: string) => lines.push(line) } });
    // A NOT NULL violation: PostgreSQL's detail repeats the whole row ("Failing row contains (…)").
    app.post('/api/probes/null-label', async () => {
      await database.db.execute(
        sql`insert into edge_log_probes (password_hash, token, label) values (${PASSWORD_HASH}, ${SESSION_TOKEN}, null)`,
      );
      return {};
    });
    // A data exception: PostgreSQL's message itself quotes the value it could not read.
    app.post('/api/probes/bad-number', async () => {
      await database.db.execute(sql`select ${PASSWORD_HASH}::integer, ${SESSION_TOKEN}::integer`);
      return {};
    });
    app.post('/api/probes/echo', async (request) => {
      request.log.info({ headers: request.headers, body: request.body }, 'echo');
      return {};
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  const expectNoSecret = () => {
    for (const line of lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  };

  it('logs the failed query’s text and SQLSTATE, never its parameters or the row', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/probes/null-label' });
    expect(response.statusCode).toBe(500);
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed');
    expect(JSON.stringify(logged.err)).toContain('insert into edge_log_probes');
    expect(JSON.stringify(logged.err)).toContain('"sqlState":"23502"');
    expectNoSecret();
  });

  it('keeps values out when PostgreSQL quotes them in its own message', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/probes/bad-number' });
    expect(response.statusCode).toBe(500);
    expect(lines.join('\n')).toContain('22P02');
    expectNoSecret();
  });

  it('redacts cookies, authorization, CSRF tokens and passwords handed to the logger', async () => {
    await app.inject({
      method: 'POST',
      url: `/api/probes/echo?token=${SESSION_TOKEN}`,
      headers: {
        cookie: `cb_session=${SESSION_TOKEN}`,
        authorization: `Bearer ${SESSION_TOKEN}`,
        'x-csrf-token': SESSION_TOKEN,
      },
      payload: { email: 'someone@example.org', password: 'hunter2 hunter2', passwordHash: PASSWORD_HASH },
    });
    expect(lines.some((line) => line.includes('"msg":"echo"'))).toBe(true);
    expect(lines.join('\n')).toContain('someone@example.org');
    expectNoSecret();
  });
});

describe('request URLs in the log', () => {
  it('hide invitation tokens in the path and secret-looking query values', () => {
    expect(redactUrl(`/api/invites/${SESSION_TOKEN}/accept`)).toBe('/api/invites/[redacted]/accept');
    expect(redactUrl('/api/invites/7d3f0c3e-7a51-4c1e-9f57-0d6f5a0a1b2c')).toBe(
      '/api/invites/7d3f0c3e-7a51-4c1e-9f57-0d6f5a0a1b2c',
    );
    expect(redactUrl('/api/items?q=caviar&resetToken=abc')).toBe('/api/items?q=caviar&resetToken=[redacted]');
  });
});
