import { randomBytes } from 'node:crypto';
import { createAccountsRepository, toActor } from '../../../domain/accounts/repository.ts';
import { hashPassword } from '../../../domain/accounts/secrets.ts';
import { SESSION_COOKIE } from '../../../domain/accounts/session-routes.ts';
import { startSession } from '../../../domain/accounts/sign-in.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../identity/actor.ts';
import type { Role } from '../../identity/roles.ts';
import type { SignedInUser, TestApp } from '../test-app.ts';

export type UserSpec = {
  role: Role;
  provinceId?: string | null;
  organisation?: string | null;
  email?: string;
  password?: string;
};

export const TEST_PASSWORD = 'correct horse battery staple';

// One hash for all factory users: argon2 is deliberately slow, and tests make many users.
let sharedHash: Promise<string> | null = null;

export async function createUser(db: Database, spec: UserSpec): Promise<Actor> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = spec.password ? hashPassword(spec.password) : sharedHash;
  const user = await createAccountsRepository(db).insertUser({
    email: spec.email ?? `${spec.role}-${randomBytes(4).toString('hex')}@example.org`,
    displayName: `Test ${spec.role}`,
    passwordHash: await passwordHash,
    role: spec.role,
    provinceId: spec.provinceId ?? null,
    organisation:
      spec.organisation ?? (spec.role === 'exhibitor' || spec.role === 'buyer' ? 'Test organisation' : null),
  });
  return toActor(user);
}

/**
 * A signed-in user's cookie and CSRF token, without going through the (rate-limited) sign-in route.
 * Given a test app, the session starts on its database at its clock's moment.
 */
export async function signedIn(on: Database | TestApp, spec: UserSpec, now?: Date): Promise<SignedInUser> {
  if (isTestApp(on)) return signedIn(on.database.db, spec, now ?? on.clock.now());
  const actor = await createUser(on, spec);
  const session = await startSession({ db: on, now: now ?? new Date() }, actor);
  return { actor, cookie: `${SESSION_COOKIE}=${session.token}`, csrfToken: session.csrfToken };
}

function isTestApp(on: Database | TestApp): on is TestApp {
  return 'clock' in on && 'database' in on;
}
