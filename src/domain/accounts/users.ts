import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import type { Role } from '../../platform/identity/roles.ts';
import { provinceExists } from '../provinces/service.ts';
import type { User } from './model.ts';
import { createAccountsRepository } from './repository.ts';
import { assertStrongPassword } from './password-policy.ts';
import { hashPassword } from './secrets.ts';

export function listUsers(context: RequestContext): Promise<User[]> {
  requirePermission(context.actor, 'user.list');
  return createAccountsRepository(context.db).listUsers();
}

export type UserChanges = { role?: Role; provinceId?: string | null; organisation?: string | null; disabled?: boolean };

export async function updateUser(context: WriteContext, userId: string, changes: UserChanges): Promise<User> {
  requirePermission(context.actor, 'user.manage');
  if (changes.provinceId && !(await provinceExists(context, changes.provinceId))) {
    throw new AppError('province_not_found', { id: changes.provinceId }, { field: 'provinceId' });
  }
  const repo = createAccountsRepository(context.db);
  const before = await repo.findUserById(userId);
  if (!before) throw new AppError('user_not_found', { id: userId });
  const { disabled, ...rest } = changes;
  const disabledAt = disabled === undefined ? before.disabledAt : disabled ? (before.disabledAt ?? context.now) : null;
  const after = await repo.updateUser(userId, { ...rest, disabledAt });
  if (after.disabledAt) await repo.deleteSessionsOfUser(userId);
  await recordAudit(context, 'user.update', 'user', userId, { before, after });
  return after;
}

export type FirstAdmin = { email: string; generatedPassword: string | null };

/**
 * When nobody can sign in yet (an empty database, or only the seed's disabled demo account), creates the first secretariat admin from ADMIN_EMAIL and ADMIN_PASSWORD;
 * with no password given, a random one is generated for the caller to hand over once.
 */
export async function ensureFirstAdmin(
  context: RequestContext,
  email: string,
  password: string | undefined,
): Promise<FirstAdmin | null> {
  if ((await createAccountsRepository(context.db).countEnabledUsers()) > 0) return null;
  if (password) await assertStrongAdminPassword(password, email);
  const generatedPassword = password ? null : randomBytes(15).toString('base64url');
  // Hashed before the transaction: argon2 is slow on purpose, and a connection should not wait on it.
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  await inTransaction(context, async (write) => {
    const user = await createAccountsRepository(write.db).insertUser({
      email: email.toLowerCase(),
      displayName: email,
      passwordHash,
      role: 'secretariat_admin',
      provinceId: null,
      organisation: null,
    });
    await recordAudit(write, 'user.create_first_admin', 'user', user.userId, { after: user });
  });
  return { email, generatedPassword };
}

/** Start-up refuses a weak ADMIN_PASSWORD in words an operator reads in the console, not as an API code. */
async function assertStrongAdminPassword(password: string, email: string): Promise<void> {
  try {
    await assertStrongPassword(password, [email]);
  } catch {
    throw new Error(
      'ADMIN_PASSWORD is too easy to guess (a common password, repeated characters or a keyboard walk): choose a few unrelated words.',
    );
  }
}

/**
 * The enabled people who speak for a province's office or an organisation, with the language they
 * read: whom a notification for that party goes to. For the platform's own use, not a listing.
 */
export async function peopleOfParty(
  context: RequestContext,
  party: { provinceId: string | null; organisation: string | null },
): Promise<{ email: string; locale: string | null }[]> {
  const users = await createAccountsRepository(context.db).listUsers();
  return users
    .filter((user) => !user.disabledAt)
    .filter(
      (user) =>
        (user.role === 'delegation_member' && party.provinceId !== null && user.provinceId === party.provinceId) ||
        (party.organisation !== null && user.organisation === party.organisation),
    )
    .map((user) => ({ email: user.email, locale: user.locale }));
}
