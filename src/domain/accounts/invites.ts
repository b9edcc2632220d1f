import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { canInviteRole, requirePermission } from '../../platform/identity/permissions.ts';
import type { Role } from '../../platform/identity/roles.ts';
import { provinceExists } from '../provinces/service.ts';
import type { Invite } from './model.ts';
import { createAccountsRepository, toActor } from './repository.ts';
import { assertStrongPassword } from './password-policy.ts';
import { createToken, hashPassword, hashToken } from './secrets.ts';
import { inviteStatus } from './sign-in-rules.ts';
import { type StartedSession, startSession } from './sign-in.ts';

export const INVITE_DAYS = 14;

export type InviteRequest = { email: string; role: Role; provinceId: string | null; organisation: string | null };

export async function createInvite(
  context: WriteContext,
  request: InviteRequest,
): Promise<{ invite: Invite; token: string }> {
  if (!canInviteRole(context.actor, request.role)) throw new AppError('forbidden');
  if (request.provinceId && !(await provinceExists(context, request.provinceId))) {
    throw new AppError('province_not_found', { id: request.provinceId }, { field: 'provinceId' });
  }
  const repo = createAccountsRepository(context.db);
  if (await repo.findUserByEmail(request.email)) throw new AppError('email_taken', {}, { field: 'email' });
  const token = createToken();
  const invite = await repo.insertInvite({
    ...request,
    email: request.email.toLowerCase(),
    tokenHash: hashToken(token),
    createdBy: context.actor!.userId,
    expiresAt: new Date(context.now.getTime() + INVITE_DAYS * 86_400_000),
  });
  await recordAudit(context, 'invite.create', 'invite', invite.id, { after: invite });
  return { invite, token };
}

export async function findUsableInvite(context: RequestContext, token: string): Promise<Invite> {
  const invite = await createAccountsRepository(context.db).findInviteByTokenHash(hashToken(token));
  if (!invite) throw new AppError('invite_not_found');
  const status = inviteStatus(invite, context.now);
  if (status === 'accepted') throw new AppError('invite_already_used');
  if (status !== 'pending') throw new AppError('invite_expired');
  return invite;
}

export type AcceptInviteRequest = { displayName: string; password: string; locale: string | null };

export async function acceptInvite(
  context: RequestContext,
  token: string,
  request: AcceptInviteRequest,
): Promise<StartedSession> {
  const invite = await findUsableInvite(context, token);
  if (await createAccountsRepository(context.db).findUserByEmail(invite.email)) throw new AppError('email_taken');
  await assertStrongPassword(request.password, [invite.email, request.displayName]);
  // Hashed before the transaction: argon2 is slow on purpose, and a connection should not wait on it.
  const passwordHash = await hashPassword(request.password);
  return inTransaction(context, async (write) => {
    const repo = createAccountsRepository(write.db);
    if (!(await repo.claimInvite(invite.id, write.now))) throw new AppError('invite_already_used');
    const user = await repo.insertUser({
      email: invite.email,
      displayName: request.displayName,
      passwordHash,
      role: invite.role,
      provinceId: invite.provinceId,
      organisation: invite.organisation,
      locale: request.locale,
    });
    const actor = toActor(user);
    await recordAudit({ ...write, actor }, 'user.create', 'user', user.userId, { after: user });
    return startSession(write, actor);
  });
}

/** Withdrawing a link that was handed to the wrong person; an accepted invitation cannot be withdrawn. */
export async function revokeInvite(context: WriteContext, id: string): Promise<Invite> {
  requirePermission(context.actor, 'user.invite');
  const repo = createAccountsRepository(context.db);
  const before = await repo.findInviteById(id);
  if (!before) throw new AppError('invite_not_found');
  if (before.acceptedAt) throw new AppError('invite_already_used');
  const after = before.revokedAt ? before : await repo.markInviteRevoked(id, context.now);
  await recordAudit(context, 'invite.revoke', 'invite', id, { before, after });
  return after;
}

export function listInvites(context: RequestContext) {
  requirePermission(context.actor, 'user.invite');
  return createAccountsRepository(context.db).listInvites();
}
