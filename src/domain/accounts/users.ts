import { randomBytes } from 'node:crypto';
import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import type { Actor, User } from './model.ts';
import { can } from './permissions.ts';
import { createAccountsRepository } from './repository.ts';
import type { Role } from './roles.ts';
import { hashPassword } from './secrets.ts';

export function listUsers(db: Database, actor: Actor | null): Promise<User[]> {
  if (!can(actor, 'user.list')) throw new AppError('forbidden');
  return createAccountsRepository(db).listUsers();
}

export type UserChanges = { role?: Role; provinceId?: string | null; organisation?: string | null; disabled?: boolean };

export async function updateUser(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  userId: string,
  changes: UserChanges,
  now: Date,
): Promise<User> {
  if (!can(actor, 'user.manage')) throw new AppError('forbidden');
  if (changes.provinceId && !(await provinceExists(db, changes.provinceId))) {
    throw new AppError('province_not_found', { id: changes.provinceId });
  }
  return inTransaction(db, async (tx) => {
    const repo = createAccountsRepository(tx);
    const before = await repo.findUserById(userId);
    if (!before) throw new AppError('user_not_found', { id: userId });
    const { disabled, ...rest } = changes;
    const disabledAt = disabled === undefined ? before.disabledAt : disabled ? (before.disabledAt ?? now) : null;
    const after = await repo.updateUser(userId, { ...rest, disabledAt });
    if (after.disabledAt) await repo.deleteSessionsOfUser(userId);
    await recordAudit(tx, audit, { action: 'user.update', entityType: 'user', entityId: userId, before, after });
    return after;
  });
}

export type FirstAdmin = { email: string; generatedPassword: string | null };

/**
 * On an empty database, creates the first secretariat admin from ADMIN_EMAIL and ADMIN_PASSWORD;
 * with no password given, a random one is generated for the caller to hand over once.
 */
export async function ensureFirstAdmin(
  db: Database,
  email: string,
  password: string | undefined,
): Promise<FirstAdmin | null> {
  if ((await createAccountsRepository(db).countUsers()) > 0) return null;
  const generatedPassword = password ? null : randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  await inTransaction(db, async (tx) => {
    const user = await createAccountsRepository(tx).insertUser({
      email: email.toLowerCase(),
      displayName: email,
      passwordHash,
      role: 'secretariat_admin',
      provinceId: null,
      organisation: null,
    });
    await recordAudit(
      tx,
      { actorUserId: null, actorEmail: null, requestId: null },
      {
        action: 'user.create_first_admin',
        entityType: 'user',
        entityId: user.userId,
        after: user,
      },
    );
  });
  return { email, generatedPassword };
}
