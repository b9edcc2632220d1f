import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { signedIn, type UserSpec } from './factories/users.ts';
import { openTestDatabase } from './test-database.ts';
import type { Actor } from '../identity/actor.ts';

export type TestClock = { now: () => Date; set: (instant: Date) => void; advanceMinutes: (minutes: number) => void };

export function createTestClock(start = new Date('2025-11-18T09:00:00+03:30')): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (instant) => {
      current = instant;
    },
    advanceMinutes: (minutes) => {
      current = new Date(current.getTime() + minutes * 60_000);
    },
  };
}

export type Credentials = { cookie: string; csrfToken: string };
/** A signed-in test user: their credentials and who they are. */
export type SignedInUser = Credentials & { actor: Actor };

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: TestClock;
  request: (options: InjectOptions & { as?: Credentials }) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/**
 * The API over a database the test opened, silent and without mail: the real clock and no web
 * build unless told otherwise, and `environment` for settings a test varies (TRUST_PROXY).
 * Without the copy of public answers unless `environment` sets PUBLIC_READ_CACHE_MB: factories
 * write rows outside `inTransaction`, which sends no change notice, and a test that reads, adds
 * a row and reads again would see its first answer.
 */
export function buildAppOn(
  database: DatabaseHandle,
  options: { now?: () => Date; webDistDir?: string; environment?: Record<string, string> } = {},
): ReturnType<typeof buildApp> {
  return buildApp(
    {
      db: database.db,
      databaseKind: database.kind,
      now: options.now ?? (() => new Date()),
      config: readConfig({ LOG_LEVEL: 'silent', PUBLIC_READ_CACHE_MB: '0', ...options.environment }),
      mailer: null,
      listenForChanges: database.listen,
    },
    { webDistDir: options.webDistDir ?? null },
  );
}

/** The whole API in process, on a fresh seeded database, with a clock the test controls. */
export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = createTestClock();
  const app = await buildAppOn(database, { now: clock.now });
  await app.ready();
  return {
    app,
    database,
    clock,
    request: ({ as, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { ...headers, ...(as && { cookie: as.cookie, 'x-csrf-token': as.csrfToken }) },
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Sets up the test app of a whole test file and the users signed in to it, at the clock's start:
 * `const { t, staff } = setUpTestApp({ staff: { role: 'secretariat_staff' } })`. Opened before the
 * file's tests and closed after them; the objects fill in `beforeAll`, so read them in tests and hooks.
 */
export function setUpTestApp<Name extends string = never>(
  users = {} as Record<Name, UserSpec>,
): { t: TestApp } & Record<Name, SignedInUser> {
  const t = {} as TestApp;
  const names = Object.keys(users) as Name[];
  const signedInUsers = {} as Record<Name, SignedInUser>;
  for (const name of names) signedInUsers[name] = {} as SignedInUser;
  beforeAll(async () => {
    Object.assign(t, await createTestApp());
    for (const name of names) Object.assign(signedInUsers[name], await signedIn(t, users[name]));
  });
  afterAll(() => t.close());
  return { t, ...signedInUsers };
}
