/**
 * A guesser is slowed per e-mail and address pair: a few free failures, then a lock that doubles
 * with every further failure up to a cap. The owner signing in from another address is not
 * affected; failures are forgotten after a quiet day.
 */
export type SignInLimits = {
  freeFailures: number;
  firstLockSeconds: number;
  maxLockSeconds: number;
  forgetAfterHours: number;
};

export const SIGN_IN_LIMITS: SignInLimits = {
  freeFailures: 5,
  firstLockSeconds: 60,
  maxLockSeconds: 3600,
  forgetAfterHours: 24,
};

/** What is known of one e-mail and address pair; `failures` counts reserved attempts that did not succeed. */
export type PairThrottle = { failures: number; lockedUntil: Date | null; lastAttemptAt: Date };

export type AttemptReservation = { ok: true; next: PairThrottle } | { ok: false; retryAfterSeconds: number };

/** How long a pair waits after its `failures`th failure: nothing before the free ones are used, then doubling. */
export function lockSeconds(failures: number, limits: SignInLimits = SIGN_IN_LIMITS): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(limits.firstLockSeconds * 2 ** (failures - limits.freeFailures), limits.maxLockSeconds);
}

/**
 * Reserves one attempt before the password is checked, counting it as a failure until it succeeds:
 * attempts that arrive together each take their own place in the count, so a burst gets the free
 * attempts and no more.
 */
export function reserveSignInAttempt(
  state: PairThrottle | null,
  now: Date,
  limits: SignInLimits = SIGN_IN_LIMITS,
): AttemptReservation {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { ok: false, retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const remembered = state && now.getTime() - state.lastAttemptAt.getTime() < limits.forgetAfterHours * 3_600_000;
  const failures = (remembered ? state.failures : 0) + 1;
  const wait = lockSeconds(failures, limits);
  return {
    ok: true,
    next: { failures, lockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null, lastAttemptAt: now },
  };
}

export const INVITE_STATUSES = ['pending', 'accepted', 'withdrawn', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export function inviteStatus(
  invite: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InviteStatus {
  if (invite.acceptedAt) return 'accepted';
  if (invite.revokedAt) return 'withdrawn';
  return invite.expiresAt <= now ? 'expired' : 'pending';
}
