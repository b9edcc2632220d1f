import { describe, expect, it } from 'vitest';
import { inviteStatus, isSignInLocked, SIGN_IN_LIMITS, windowStart } from './sign-in-rules.ts';

describe('sign-in lockout', () => {
  it('allows sign-in below both limits', () => {
    expect(
      isSignInLocked({
        forEmail: SIGN_IN_LIMITS.maxFailuresPerEmail - 1,
        forAddress: SIGN_IN_LIMITS.maxFailuresPerAddress - 1,
      }),
    ).toBe(false);
  });

  it('locks an account after too many failures for its e-mail', () => {
    expect(isSignInLocked({ forEmail: SIGN_IN_LIMITS.maxFailuresPerEmail, forAddress: 0 })).toBe(true);
  });

  it('locks an address that tries many accounts', () => {
    expect(isSignInLocked({ forEmail: 0, forAddress: SIGN_IN_LIMITS.maxFailuresPerAddress })).toBe(true);
  });

  it('counts failures only within the window', () => {
    const now = new Date('2025-11-18T10:00:00Z');
    expect(windowStart(now).toISOString()).toBe('2025-11-18T09:45:00.000Z');
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
