import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import type { Database, Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import type { Session } from './model.ts';
import { createAccountsRepository, toActor } from './repository.ts';
import { createToken, hashPassword, hashToken, verifyPassword } from './secrets.ts';
import { isSignInLocked, SIGN_IN_LIMITS, windowStart } from './sign-in-rules.ts';

export const SESSION_DAYS = 7;

let unknownUserHashPromise: Promise<string> | null = null;
const unknownUserHash = () => (unknownUserHashPromise ??= hashPassword(createToken()));

export type SignInRequest = { email: string; password: string; ipAddress: string };
export type StartedSession = { token: string; csrfToken: string; expiresAt: Date; actor: Actor };

export async function signIn(context: RequestContext, request: SignInRequest): Promise<StartedSession> {
  const repo = createAccountsRepository(context.db);
  const email = request.email.toLowerCase();
  const failures = await repo.countRecentFailures(email, request.ipAddress, windowStart(context.now));
  if (isSignInLocked(failures)) throw new AppError('too_many_attempts', { minutes: SIGN_IN_LIMITS.windowMinutes });

  const user = await repo.findUserByEmail(email);
  // An unknown e-mail costs the same hash check as a known one, so timing does not tell which exist.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), request.password).then(
    (ok) => ok && user !== null,
  );
  // The failed attempt is stored outside any transaction: a refused sign-in must still count.
  if (!user || !passwordMatches) {
    await repo.recordSignInAttempt({ email, ipAddress: request.ipAddress, succeeded: false, attemptedAt: context.now });
    throw new AppError('invalid_credentials');
  }
  if (user.disabledAt) throw new AppError('account_disabled');

  return inTransaction({ ...context, actor: toActor(user) }, async (write) => {
    await createAccountsRepository(write.db).recordSignInAttempt({
      email,
      ipAddress: request.ipAddress,
      succeeded: true,
      attemptedAt: write.now,
    });
    const started = await startSession(write, write.actor!);
    await recordAudit(write, 'session.sign_in', 'user', user.userId);
    return started;
  });
}

export async function startSession(context: { db: Executor; now: Date }, actor: Actor): Promise<StartedSession> {
  const token = createToken();
  const csrfToken = createToken();
  const expiresAt = new Date(context.now.getTime() + SESSION_DAYS * 86_400_000);
  await createAccountsRepository(context.db).insertSession({
    tokenHash: hashToken(token),
    userId: actor.userId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt, actor };
}

export async function signOut(context: WriteContext, session: Session): Promise<void> {
  await createAccountsRepository(context.db).deleteSession(session.tokenHash);
  await recordAudit({ ...context, actor: session.actor }, 'session.sign_out', 'user', session.actor.userId);
}

/** Runs before the request context exists: it is how the context learns who is acting. */
export function resolveSession(db: Database, token: string, now: Date): Promise<Session | null> {
  return createAccountsRepository(db).findSession(hashToken(token), now);
}
