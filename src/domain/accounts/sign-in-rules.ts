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
