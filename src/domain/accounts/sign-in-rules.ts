export type SignInLimits = { windowMinutes: number; maxFailuresPerEmail: number; maxFailuresPerAddress: number };

export const SIGN_IN_LIMITS: SignInLimits = { windowMinutes: 15, maxFailuresPerEmail: 5, maxFailuresPerAddress: 20 };

export type RecentFailures = { forEmail: number; forAddress: number };

/** Guessing is slowed per account and per address: one address may try many accounts, but not endlessly. */
export function isSignInLocked(failures: RecentFailures, limits: SignInLimits = SIGN_IN_LIMITS): boolean {
  return failures.forEmail >= limits.maxFailuresPerEmail || failures.forAddress >= limits.maxFailuresPerAddress;
}

export function windowStart(now: Date, limits: SignInLimits = SIGN_IN_LIMITS): Date {
  return new Date(now.getTime() - limits.windowMinutes * 60_000);
}

export type InviteState = 'usable' | 'expired' | 'used';

export function inviteState(invite: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): InviteState {
  if (invite.acceptedAt) return 'used';
  if (invite.revokedAt || invite.expiresAt <= now) return 'expired';
  return 'usable';
}
