import { describe, expect, it } from 'vitest';
import { editionPhase, isRegistrationOpen } from './edition-phase.ts';

const summit = { startsOn: '2026-06-14', endsOn: '2026-06-16', timeZone: 'Asia/Baku', registrationClosesAt: null };

describe('where an edition stands', () => {
  it('is upcoming before its first day, running through its last, and over after it, in its own zone', () => {
    expect(editionPhase(summit, new Date('2026-06-13T19:59:00Z'))).toBe('upcoming');
    // 00:00 on 14 June in Baku (UTC+4) is 20:00 UTC on the 13th.
    expect(editionPhase(summit, new Date('2026-06-13T20:00:00Z'))).toBe('running');
    expect(editionPhase(summit, new Date('2026-06-16T19:59:00Z'))).toBe('running');
    expect(editionPhase(summit, new Date('2026-06-16T20:00:00Z'))).toBe('over');
  });

  it('keeps registration open until the deadline, or until the edition is over when it has none', () => {
    const withDeadline = { ...summit, registrationClosesAt: '2026-06-01T20:00:00Z' };
    expect(isRegistrationOpen(withDeadline, new Date('2026-06-01T19:00:00Z'))).toBe(true);
    expect(isRegistrationOpen(withDeadline, new Date('2026-06-01T20:00:00Z'))).toBe(false);
    expect(isRegistrationOpen(summit, new Date('2026-06-15T10:00:00Z'))).toBe(true);
    expect(isRegistrationOpen(summit, new Date('2026-06-17T10:00:00Z'))).toBe(false);
  });
});
