import { describe, expect, it } from 'vitest';
import {
  joinsDelegation,
  checkCancellable,
  checkDecidable,
  checkDelegationCapacity,
  checkRegistrationOpen,
  editionEndInstant,
  endedEditionIds,
  holdsPlace,
  registrationClosesAt,
} from './rules.ts';

const window2025 = { endsOn: '2025-11-21', timeZone: 'Asia/Tehran', registrationClosesAt: null };
const delegation = { memberLimit: 5, roleLimits: { head: 1, interpreter: 2 } };

describe('registration deadline', () => {
  it('ends the edition at midnight after its last day in the edition time zone', () => {
    expect(editionEndInstant('2025-11-21', 'Asia/Tehran').toISOString()).toBe('2025-11-21T20:30:00.000Z');
  });

  it('keeps registration open until the edition ends when no deadline is set', () => {
    expect(checkRegistrationOpen(window2025, new Date('2025-11-21T20:29:59Z'))).toEqual({ ok: true });
    expect(checkRegistrationOpen(window2025, new Date('2025-11-21T20:30:00Z'))).toEqual({
      ok: false,
      code: 'registration_closed',
      closedAt: new Date('2025-11-21T20:30:00Z'),
    });
  });

  it('closes at the deadline, the deadline instant itself included', () => {
    const deadline = new Date('2025-11-10T12:00:00Z');
    const window = { ...window2025, registrationClosesAt: deadline };
    expect(checkRegistrationOpen(window, new Date('2025-11-10T11:59:59Z')).ok).toBe(true);
    expect(checkRegistrationOpen(window, deadline)).toMatchObject({ ok: false, closedAt: deadline });
  });

  it('ignores a deadline set after the edition is over', () => {
    expect(
      registrationClosesAt({ ...window2025, registrationClosesAt: new Date('2026-01-01T00:00:00Z') }).toISOString(),
    ).toBe('2025-11-21T20:30:00.000Z');
  });
});

describe('who holds a place', () => {
  it('gives a place to an approved registration and to a pending one the office entered', () => {
    expect(holdsPlace({ status: 'approved', registeredBy: null })).toBe(true);
    expect(holdsPlace({ status: 'pending', registeredBy: 'office-user' })).toBe(true);
  });

  it('lets a public registration wait without a place, and frees the place of a rejected or cancelled one', () => {
    expect(holdsPlace({ status: 'pending', registeredBy: null })).toBe(false);
    expect(holdsPlace({ status: 'rejected', registeredBy: 'office-user' })).toBe(false);
    expect(holdsPlace({ status: 'cancelled', registeredBy: null })).toBe(false);
  });
});

describe('delegation capacity', () => {
  it('takes people while both the total and the role have room', () => {
    expect(checkDelegationCapacity(delegation, { member: 2, interpreter: 1 }, 'interpreter')).toEqual({ ok: true });
  });

  it('refuses a second head even where the limits would allow one', () => {
    expect(checkDelegationCapacity({ memberLimit: 5, roleLimits: { head: 3 } }, { head: 1 }, 'head')).toEqual({
      ok: false,
      code: 'delegation_head_taken',
    });
  });

  it('refuses a role at its own limit while the total still has room', () => {
    expect(checkDelegationCapacity(delegation, { member: 1 }, 'head')).toEqual({ ok: true });
    expect(checkDelegationCapacity(delegation, { interpreter: 2 }, 'interpreter')).toEqual({
      ok: false,
      code: 'delegation_full',
      limit: 2,
      role: 'interpreter',
    });
  });

  it('refuses anyone once the total is reached, even a role without a limit', () => {
    expect(checkDelegationCapacity(delegation, { member: 4, press: 1 }, 'member')).toEqual({
      ok: false,
      code: 'delegation_full',
      limit: 5,
      role: null,
    });
  });

  it('lets a role without a limit of its own fill the total', () => {
    expect(checkDelegationCapacity(delegation, { member: 4 }, 'member')).toEqual({ ok: true });
  });
});

describe('who joins a delegation', () => {
  it('puts head, member and interpreter in a delegation and press only when a province is given', () => {
    expect(joinsDelegation('interpreter', 'gilan')).toBe(true);
    expect(joinsDelegation('press', 'gilan')).toBe(true);
    expect(joinsDelegation('press', null)).toBe(false);
    expect(joinsDelegation('exhibitor', 'gilan')).toBe(false);
  });
});

describe('decisions', () => {
  it('decides only pending registrations', () => {
    expect(checkDecidable('pending')).toEqual({ ok: true });
    expect(checkDecidable('approved')).toEqual({ ok: false, code: 'registration_already_decided', status: 'approved' });
    expect(checkDecidable('cancelled').ok).toBe(false);
  });

  it('cancels pending and approved registrations but not rejected ones', () => {
    expect(checkCancellable('approved')).toEqual({ ok: true });
    expect(checkCancellable('rejected')).toEqual({
      ok: false,
      code: 'registration_already_decided',
      status: 'rejected',
    });
  });
});

describe('ended editions', () => {
  it('counts an edition as ended only after its last day in its own time zone', () => {
    const editions = [
      { id: 'e2025', endsOn: '2025-11-21', timeZone: 'Asia/Tehran' },
      { id: 'e2026', endsOn: '2026-11-20', timeZone: 'Asia/Tehran' },
    ];
    expect(endedEditionIds(editions, new Date('2025-11-21T20:00:00Z'))).toEqual([]);
    expect(endedEditionIds(editions, new Date('2025-11-21T20:30:00Z'))).toEqual(['e2025']);
  });
});
