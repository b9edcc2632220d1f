import { describe, expect, it } from 'vitest';
import { checkAdmission, checkBadgeIssue, localDayOf } from './check-in-rules.ts';
import type { Badge, BadgeHolder } from './model.ts';

const holder = (status: BadgeHolder['status']): BadgeHolder => ({
  id: 'p1',
  editionId: 'e',
  delegationId: null,
  role: 'member',
  status,
  nameNative: 'Ali',
  nameLatin: 'Ali',
  nameLanguage: 'en',
  provinceId: null,
  organisation: null,
  isDemo: false,
});
const badge = (revokedAt: Date | null = null): Badge => ({
  id: 'b1',
  participantId: 'p1',
  editionId: 'e',
  issuedAt: new Date('2025-11-01T00:00:00Z'),
  issuedBy: null,
  revokedAt,
  revokedBy: null,
  revokedReason: revokedAt ? 'lost' : null,
});

describe('the day of a check-in', () => {
  it('is the next day in Tehran at 23:45 UTC', () => {
    expect(localDayOf(new Date('2025-11-18T23:45:00Z'), 'Asia/Tehran')).toBe('2025-11-19');
    expect(localDayOf(new Date('2025-11-18T23:45:00Z'), 'UTC')).toBe('2025-11-18');
  });

  it('turns at local midnight, 20:30 UTC in Tehran', () => {
    expect(localDayOf(new Date('2025-11-18T20:29:59Z'), 'Asia/Tehran')).toBe('2025-11-18');
    expect(localDayOf(new Date('2025-11-18T20:30:00Z'), 'Asia/Tehran')).toBe('2025-11-19');
  });

  it('is the previous day west of UTC', () => {
    expect(localDayOf(new Date('2025-11-19T02:00:00Z'), 'America/New_York')).toBe('2025-11-18');
  });
});

describe('admission with a genuine badge', () => {
  it('admits an approved participant with a live badge', () => {
    expect(checkAdmission(badge(), holder('approved'))).toEqual({ ok: true });
  });

  it('refuses a revoked badge even when its holder is approved', () => {
    const revokedAt = new Date('2025-11-17T10:00:00Z');
    expect(checkAdmission(badge(revokedAt), holder('approved'))).toEqual({
      ok: false,
      code: 'badge_revoked',
      revokedAt,
    });
  });

  it('refuses a holder whose registration was cancelled after the badge was issued', () => {
    expect(checkAdmission(badge(), holder('cancelled'))).toEqual({
      ok: false,
      code: 'participant_not_approved',
      status: 'cancelled',
    });
  });
});

describe('issuing a badge', () => {
  it('is for approved participants only', () => {
    expect(checkBadgeIssue(holder('approved'))).toEqual({ ok: true });
    for (const status of ['pending', 'rejected', 'cancelled'] as const)
      expect(checkBadgeIssue(holder(status)).ok, status).toBe(false);
  });
});
