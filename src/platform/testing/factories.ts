import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { createAccountsRepository, toActor } from '../../domain/accounts/repository.ts';
import type { Role } from '../identity/roles.ts';
import { hashPassword } from '../../domain/accounts/secrets.ts';
import { SESSION_COOKIE } from '../../domain/accounts/session-routes.ts';
import { startSession } from '../../domain/accounts/sign-in.ts';
import type { Actor } from '../identity/actor.ts';
import type { SignedInUser } from './test-app.ts';

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

/** A signed-in user's cookie and CSRF token, without going through the (rate-limited) sign-in route. */
export async function signedIn(db: Database, spec: UserSpec, now = new Date()): Promise<SignedInUser> {
  const actor = await createUser(db, spec);
  const session = await startSession({ db, now }, actor);
  return { actor, cookie: `${SESSION_COOKIE}=${session.token}`, csrfToken: session.csrfToken };
}
