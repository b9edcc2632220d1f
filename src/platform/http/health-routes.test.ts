import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../seed/seed-database.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { buildAppOn, setUpTestApp } from '../testing/test-app.ts';
import type { HttpServer } from './server.ts';

describe('health of a seeded instance', () => {
  const { t } = setUpTestApp();

  it('answers liveness from the process alone', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'alive' });
  });

  it('is ready when the database answers, is migrated to the level it expects and is seeded', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    const { checks } = response.json();
    expect(checks).toMatchObject({ databaseReachable: true, seeded: true });
    expect(checks.appliedMigrations).toBe(checks.expectedMigrations);
  });

  it('keeps /api/health answering as before', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
  });
});

describe('health of an instance whose database is not ready', () => {
  let database: DatabaseHandle;
  let app: HttpServer;
  beforeAll(async () => {
    // Never migrated nor seeded: what an instance sees while another one migrates, or after a bad restore.
    database = await openDatabase({});
    app = await buildAppOn(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('is alive but answers readiness with a 503 problem naming what is missing', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    const response = await app.inject({
      method: 'GET',
      url: '/api/health/ready',
      headers: { 'accept-language': 'ru' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ code: 'instance_not_ready', title: 'Ещё не готов' });
    expect(problem.checks).toMatchObject({ databaseReachable: true, appliedMigrations: 0, seeded: false });
    expect(problem.checks.expectedMigrations).toBeGreaterThan(0);
  });

  it('answers readiness with a 503 when the database is gone', async () => {
    const closed = await openDatabase({});
    const orphan = await buildAppOn(closed);
    await closed.close();
    try {
      const response = await orphan.inject({ method: 'GET', url: '/api/health/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json().checks).toMatchObject({ databaseReachable: false });
      expect((await orphan.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await orphan.close();
    }
  });

  it('becomes ready without a restart once the database is migrated and seeded', async () => {
    await applyMigrations(database);
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).json().checks).toMatchObject({
      seeded: false,
    });
    await seedDatabase(database.db);
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  }, 120_000);
});
