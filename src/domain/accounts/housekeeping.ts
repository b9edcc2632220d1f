import type { RequestContext } from '../../platform/context/request-context.ts';
import { createAccountsRepository } from './repository.ts';

/**
 * Sign-in attempts count towards a lockout for 15 minutes only; they are kept a month longer so
 * that the secretariat can look into a guessing attack afterwards.
 */
const ATTEMPT_RETENTION_DAYS = 30;

/**
 * Removes sessions past their expiry, and sign-in attempts and lock-outs past their use. Safe to run from every
 * instance at once: each run deletes what is old at that moment, and nothing else.
 */
export async function purgeExpiredAccountsData(
  context: RequestContext,
): Promise<{ sessions: number; attempts: number; throttles: number }> {
  const repo = createAccountsRepository(context.db);
  const attemptsBefore = new Date(context.now.getTime() - ATTEMPT_RETENTION_DAYS * 86_400_000);
  return {
    sessions: await repo.deleteExpiredSessions(context.now),
    attempts: await repo.deleteSignInAttemptsBefore(attemptsBefore),
    // A pair quiet for a day starts afresh anyway (SIGN_IN_LIMITS.forgetAfterHours).
    throttles: await repo.deleteThrottlesBefore(new Date(context.now.getTime() - 86_400_000)),
  };
}
