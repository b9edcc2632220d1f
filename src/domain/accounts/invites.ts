import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import type { Actor, Invite } from './model.ts';
import { can, canInviteRole } from './permissions.ts';
import { createAccountsRepository, toActor } from './repository.ts';
import type { Role } from './roles.ts';
import { createToken, hashPassword, hashToken } from './secrets.ts';
import { inviteStatus } from './sign-in-rules.ts';
import { startSession, type StartedSession } from './sign-in.ts';

export const INVITE_DAYS = 14;

export type InviteRequest = { email: string; role: Role; provinceId: string | null; organisation: string | null };

export async function createInvite(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  request: InviteRequest,
  now: Date,
): Promise<{ invite: Invite; token: string }> {
  if (!canInviteRole(actor, request.role)) throw new AppError('forbidden');
  if (request.provinceId && !(await provinceExists(db, request.provinceId))) {
    throw new AppError('province_not_found', { id: request.provinceId });
  }
  const repo = createAccountsRepository(db);
  if (await repo.findUserByEmail(request.email)) throw new AppError('email_taken');
  const token = createToken();
  return inTransaction(db, async (tx) => {
    const invite = await createAccountsRepository(tx).insertInvite({
      ...request,
      email: request.email.toLowerCase(),
      tokenHash: hashToken(token),
      createdBy: actor!.userId,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
    });
    await recordAudit(tx, audit, { action: 'invite.create', entityType: 'invite', entityId: invite.id, after: invite });
    return { invite, token };
  });
}

export async function findUsableInvite(db: Database, token: string, now: Date): Promise<Invite> {
  const invite = await createAccountsRepository(db).findInviteByTokenHash(hashToken(token));
  if (!invite) throw new AppError('invite_not_found');
  const status = inviteStatus(invite, now);
  if (status === 'accepted') throw new AppError('invite_already_used');
  if (status !== 'pending') throw new AppError('invite_expired');
  return invite;
}

export type AcceptInviteRequest = { displayName: string; password: string; locale: string | null; requestId: string };

export async function acceptInvite(
  db: Database,
  token: string,
  request: AcceptInviteRequest,
  now: Date,
): Promise<StartedSession> {
  const invite = await findUsableInvite(db, token, now);
  if (await createAccountsRepository(db).findUserByEmail(invite.email)) throw new AppError('email_taken');
  const passwordHash = await hashPassword(request.password);
  return inTransaction(db, async (tx) => {
    const repo = createAccountsRepository(tx);
    const user = await repo.insertUser({
      email: invite.email,
      displayName: request.displayName,
      passwordHash,
      role: invite.role,
      provinceId: invite.provinceId,
      organisation: invite.organisation,
      locale: request.locale,
    });
    await repo.markInviteAccepted(invite.id, now);
    const audit = { actorUserId: user.userId, actorEmail: user.email, requestId: request.requestId };
    await recordAudit(tx, audit, { action: 'user.create', entityType: 'user', entityId: user.userId, after: user });
    return startSession(tx, toActor(user), now);
  });
}

/** Withdrawing a link that was handed to the wrong person; an accepted invitation cannot be withdrawn. */
export async function revokeInvite(
  db: Database,
  actor: Actor | null,
  audit: AuditContext,
  id: string,
  now: Date,
): Promise<Invite> {
  if (!can(actor, 'user.invite')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createAccountsRepository(tx);
    const before = await repo.findInviteById(id);
    if (!before) throw new AppError('invite_not_found');
    if (before.acceptedAt) throw new AppError('invite_already_used');
    const after = before.revokedAt ? before : await repo.markInviteRevoked(id, now);
    await recordAudit(tx, audit, { action: 'invite.revoke', entityType: 'invite', entityId: id, before, after });
    return after;
  });
}

export function listInvites(db: Database, actor: Actor | null) {
  if (!can(actor, 'user.invite')) throw new AppError('forbidden');
  return createAccountsRepository(db).listInvites();
}
