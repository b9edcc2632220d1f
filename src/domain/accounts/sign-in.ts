import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor, Session } from './model.ts';
import { createAccountsRepository, toActor } from './repository.ts';
import { createToken, hashPassword, hashToken, verifyPassword } from './secrets.ts';
import { isSignInLocked, SIGN_IN_LIMITS, windowStart } from './sign-in-rules.ts';

export const SESSION_DAYS = 7;

let unknownUserHashPromise: Promise<string> | null = null;
const unknownUserHash = () => (unknownUserHashPromise ??= hashPassword(createToken()));

export type SignInRequest = { email: string; password: string; ipAddress: string; requestId: string };
export type StartedSession = { token: string; csrfToken: string; expiresAt: Date; actor: Actor };

export async function signIn(db: Database, request: SignInRequest, now: Date): Promise<StartedSession> {
  const repo = createAccountsRepository(db);
  const email = request.email.toLowerCase();
  const failures = await repo.countRecentFailures(email, request.ipAddress, windowStart(now));
  if (isSignInLocked(failures)) throw new AppError('too_many_attempts', { minutes: SIGN_IN_LIMITS.windowMinutes });

  const user = await repo.findUserByEmail(email);
  // An unknown e-mail costs the same hash check as a known one, so timing does not tell which exist.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), request.password).then(
    (ok) => ok && user !== null,
  );
  // The attempt is stored in its own transaction: a failed sign-in must still count.
  if (!user || !passwordMatches) {
    await repo.recordSignInAttempt({ email, ipAddress: request.ipAddress, succeeded: false, attemptedAt: now });
    throw new AppError('invalid_credentials');
  }
  if (user.disabledAt) throw new AppError('account_disabled');

  return inTransaction(db, async (tx) => {
    const txRepo = createAccountsRepository(tx);
    await txRepo.recordSignInAttempt({ email, ipAddress: request.ipAddress, succeeded: true, attemptedAt: now });
    const started = await startSession(tx, toActor(user), now);
    await recordAudit(
      tx,
      { actorUserId: user.userId, actorEmail: user.email, requestId: request.requestId },
      {
        action: 'session.sign_in',
        entityType: 'user',
        entityId: user.userId,
      },
    );
    return started;
  });
}

export async function startSession(
  db: Parameters<typeof createAccountsRepository>[0],
  actor: Actor,
  now: Date,
): Promise<StartedSession> {
  const token = createToken();
  const csrfToken = createToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await createAccountsRepository(db).insertSession({
    tokenHash: hashToken(token),
    userId: actor.userId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt, actor };
}

export async function signOut(db: Database, session: Session, requestId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await createAccountsRepository(tx).deleteSession(session.tokenHash);
    await recordAudit(
      tx,
      { actorUserId: session.actor.userId, actorEmail: session.actor.email, requestId },
      {
        action: 'session.sign_out',
        entityType: 'user',
        entityId: session.actor.userId,
      },
    );
  });
}

export function resolveSession(db: Database, token: string, now: Date): Promise<Session | null> {
  return createAccountsRepository(db).findSession(hashToken(token), now);
}
