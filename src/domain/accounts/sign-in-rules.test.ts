import { describe, expect, it } from 'vitest';
import { inviteStatus, lockSeconds, type PairThrottle, reserveSignInAttempt, SIGN_IN_LIMITS } from './sign-in-rules.ts';

const now = new Date('2025-11-18T10:00:00Z');
const secondsLater = (seconds: number) => new Date(now.getTime() + seconds * 1000);

/** Reserves `attempts` attempts one after another at `at`, as the repository would store them. */
function reserveMany(attempts: number, at: Date, state: PairThrottle | null = null) {
  let current = state;
  const outcomes: boolean[] = [];
  for (let i = 0; i < attempts; i++) {
    const reservation = reserveSignInAttempt(current, at);
    outcomes.push(reservation.ok);
    if (reservation.ok) current = reservation.next;
  }
  return { outcomes, state: current };
}

describe('sign-in lock-out per e-mail and address', () => {
  it('lets the free attempts through and refuses the rest of a burst', () => {
    const { outcomes } = reserveMany(30, now);
    expect(outcomes.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.freeFailures);
    expect(outcomes.slice(0, SIGN_IN_LIMITS.freeFailures).every(Boolean)).toBe(true);
  });

  it('says how long the pair must wait', () => {
    const { state } = reserveMany(SIGN_IN_LIMITS.freeFailures, now);
    expect(reserveSignInAttempt(state, secondsLater(20))).toEqual({ ok: false, retryAfterSeconds: 40 });
  });

  it('doubles the wait with every further failure, up to the cap', () => {
    expect(lockSeconds(SIGN_IN_LIMITS.freeFailures - 1)).toBe(0);
    expect(lockSeconds(SIGN_IN_LIMITS.freeFailures)).toBe(60);
    expect(lockSeconds(SIGN_IN_LIMITS.freeFailures + 1)).toBe(120);
    expect(lockSeconds(SIGN_IN_LIMITS.freeFailures + 3)).toBe(480);
    expect(lockSeconds(SIGN_IN_LIMITS.freeFailures + 20)).toBe(SIGN_IN_LIMITS.maxLockSeconds);
  });

  it('allows one more attempt once the wait is over, and waits longer after it', () => {
    const { state } = reserveMany(SIGN_IN_LIMITS.freeFailures, now);
    const next = reserveSignInAttempt(state, secondsLater(60));
    expect(next).toMatchObject({ ok: true, next: { failures: SIGN_IN_LIMITS.freeFailures + 1 } });
    if (!next.ok) return;
    expect(next.next.lockedUntil).toEqual(secondsLater(180));
  });

  it('forgets failures after a quiet day', () => {
    const { state } = reserveMany(SIGN_IN_LIMITS.freeFailures, now);
    const dayLater = secondsLater(SIGN_IN_LIMITS.forgetAfterHours * 3600);
    expect(reserveSignInAttempt(state, dayLater)).toMatchObject({ ok: true, next: { failures: 1, lockedUntil: null } });
  });
});

describe('invite status', () => {
  const now = new Date('2025-11-18T10:00:00Z');
  const later = new Date('2025-11-19T10:00:00Z');

  it('is pending before it expires', () => {
    expect(inviteStatus({ expiresAt: later, acceptedAt: null, revokedAt: null }, now)).toBe('pending');
  });

  it('expires at its expiry instant', () => {
    expect(inviteStatus({ expiresAt: now, acceptedAt: null, revokedAt: null }, now)).toBe('expired');
  });

  it('stays accepted once accepted, even after its expiry', () => {
    expect(inviteStatus({ expiresAt: now, acceptedAt: now, revokedAt: null }, later)).toBe('accepted');
  });

  it('is withdrawn once the secretariat withdraws it', () => {
    expect(inviteStatus({ expiresAt: later, acceptedAt: null, revokedAt: now }, now)).toBe('withdrawn');
  });
});
