import { count, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../seed/seed-database.ts';
import { buildApp } from '../../app.ts';
import { users } from '../../domain/accounts/tables.ts';
import { ensureFirstAdmin } from '../../domain/accounts/users.ts';
import { backgroundContext } from '../context/request-context.ts';
import { provinces } from '../../domain/provinces/tables.ts';
import { readConfig } from '../config.ts';
import type { HttpServer } from '../http/server.ts';
import { createScratchPostgresDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from './client.ts';
import { openMigratedDatabase } from './migrate.ts';

const serverUrl = process.env.DATABASE_URL;
const ADMIN = { email: 'admin@rasht.example', password: 'a shared admin password' };

/** Several stateless instances on one PostgreSQL is how the platform scales; this is that, in one process. */
describe.runIf(serverUrl)('two instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgresDatabase>>;
  let handles: DatabaseHandle[] = [];
  let apps: HttpServer[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase(serverUrl!);
    const startInstance = () =>
      openMigratedDatabase({ databaseUrl: scratch.url }, async (handle) => {
        await seedDatabase(handle.db);
        await ensureFirstAdmin(backgroundContext(handle.db, new Date()), ADMIN.email, ADMIN.password);
      });
    handles = await Promise.all([startInstance(), startInstance()]);
    const config = readConfig({ LOG_LEVEL: 'silent' });
    apps = await Promise.all(
      handles.map((handle) =>
        buildApp(
          { db: handle.db, databaseKind: handle.kind, now: () => new Date(), config, mailer: null },
          { webDistDir: null },
        ),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await Promise.all(handles.map((handle) => handle.close()));
    await scratch?.drop();
  });

  it('migrate and seed exactly once when started together', async () => {
    const [provinceCount] = await handles[0]!.db.select({ n: count() }).from(provinces);
    const [enabledUserCount] = await handles[0]!.db.select({ n: count() }).from(users).where(isNull(users.disabledAt));
    const [userCount] = await handles[0]!.db.select({ n: count() }).from(users);
    expect(provinceCount?.n).toBe(12);
    expect(enabledUserCount?.n).toBe(1);
    // The admin and the seed's one disabled demo secretariat, each once.
    expect(userCount?.n).toBe(2);
  });

  it('recognise a session opened on the other instance', async () => {
    const signIn = await apps[0]!.inject({ method: 'POST', url: '/api/auth/sign-in', payload: ADMIN });
    const cookie = signIn.cookies.map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const session = await apps[1]!.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(session.json().user.email).toBe(ADMIN.email);
  });

  it('count failed sign-ins across instances', async () => {
    const attempt = (app: HttpServer) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: ADMIN.email, password: 'wrong guess' },
        remoteAddress: '10.9.9.9',
      });
    for (const app of [apps[0]!, apps[1]!, apps[0]!, apps[1]!, apps[0]!])
      expect((await attempt(app)).statusCode).toBe(401);
    expect((await attempt(apps[1]!)).statusCode).toBe(429);
  });
});
