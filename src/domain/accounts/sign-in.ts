import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import type { Database, Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { consumeRateLimit, refundRateLimit } from '../../platform/rate-limit/counters.ts';
import type { RateLimit } from '../../platform/rate-limit/rules.ts';
import type { Session } from './model.ts';
import { createAccountsRepository, toActor } from './repository.ts';
import { createToken, hashPassword, hashToken, verifyPassword } from './secrets.ts';
import { reserveSignInAttempt } from './sign-in-rules.ts';

export const SESSION_DAYS = 7;

/**
 * Failed sign-ins from one address across all e-mails: looser than the per-pair lock-out, it stops
 * a guesser who walks through many accounts. A successful sign-in is given back, so an office
 * behind one address is not held up by its own people.
 */
export const SIGN_IN_ADDRESS_LIMIT: RateLimit = { bucket: 'sign_in_address', max: 30, windowSeconds: 15 * 60 };

let unknownUserHashPromise: Promise<string> | null = null;
const unknownUserHash = () => (unknownUserHashPromise ??= hashPassword(createToken()));

export type SignInRequest = { email: string; password: string; ipAddress: string };
export type StartedSession = { token: string; csrfToken: string; expiresAt: Date; actor: Actor };

export async function signIn(context: RequestContext, request: SignInRequest): Promise<StartedSession> {
  const repo = createAccountsRepository(context.db);
  const email = request.email.toLowerCase();
  const { ipAddress } = request;
  await consumeRateLimit(context.db, SIGN_IN_ADDRESS_LIMIT, ipAddress, context.now);
  await reserveAttempt(context, email, ipAddress);

  const user = await repo.findUserByEmail(email);
  // An unknown e-mail costs the same hash check as a known one, so timing does not tell which exist.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), request.password).then(
    (ok) => ok && user !== null,
  );
  // The failure was counted when the attempt was reserved; the log entry is for the secretariat.
  if (!user || !passwordMatches) {
    await repo.recordSignInAttempt({ email, ipAddress, succeeded: false, attemptedAt: context.now });
    throw new AppError('invalid_credentials');
  }
  if (user.disabledAt) throw new AppError('account_disabled');

  const started = await inTransaction({ ...context, actor: toActor(user) }, async (write) => {
    const writeRepo = createAccountsRepository(write.db);
    await writeRepo.recordSignInAttempt({ email, ipAddress, succeeded: true, attemptedAt: write.now });
    await writeRepo.clearThrottle(email, ipAddress);
    const session = await startSession(write, write.actor!);
    await recordAudit(write, 'session.sign_in', 'user', user.userId);
    return session;
  });
  await refundRateLimit(context.db, SIGN_IN_ADDRESS_LIMIT, ipAddress, context.now);
  return started;
}

/**
 * Counts the attempt against its e-mail and address before the password is checked, under the
 * pair's row lock, so that parallel attempts cannot all pass a check made before any is recorded.
 * Its own short transaction: argon2 runs after it, holding no lock and no connection.
 */
async function reserveAttempt(context: RequestContext, email: string, ipAddress: string): Promise<void> {
  const reservation = await inTransaction(context, async (write) => {
    const repo = createAccountsRepository(write.db);
    const verdict = reserveSignInAttempt(await repo.lockThrottle(email, ipAddress, write.now), write.now);
    if (verdict.ok) await repo.saveThrottle(email, ipAddress, verdict.next);
    return verdict;
  });
  if (reservation.ok) return;
  const { retryAfterSeconds } = reservation;
  throw new AppError(
    'too_many_attempts',
    { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
    { members: { retryAfterSeconds } },
  );
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
