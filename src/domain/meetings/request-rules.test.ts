import { describe, expect, it } from 'vitest';
import {
  answerTransition,
  countedDays,
  defaultLanguages,
  findDayOutsideEdition,
  findQuotaExcess,
  isOwnSide,
  partyKeyOf,
  type PersonFacts,
  requestQuotaOf,
} from './request-rules.ts';

const person = (id: string, delegationId: string | null = null, role: PersonFacts['role'] = 'member'): PersonFacts => ({
  id,
  delegationId,
  role,
  languages: ['en'],
});
const side = (delegationId: string | null, participantIds: string[]) => ({
  delegationId,
  participantIds,
  languages: [],
});
const DAYS = ['2025-11-18', '2025-11-19', '2025-11-20', '2025-11-21'];

describe('partyKeyOf', () => {
  it('gives A → B and B → A the same key, so the reverse request counts as a duplicate', () => {
    expect(partyKeyOf('g2g', side('gilan', ['a']), side('astrakhan', ['b']))).toBe(
      partyKeyOf('g2g', side('astrakhan', ['c']), side('gilan', ['d'])),
    );
    expect(partyKeyOf('b2b', side(null, ['x', 'y']), side(null, ['z']))).toBe(
      partyKeyOf('b2b', side(null, ['z']), side(null, ['y', 'x'])),
    );
  });

  it('tells apart B2B pairs that share one person', () => {
    expect(partyKeyOf('b2b', side(null, ['x']), side(null, ['z']))).not.toBe(
      partyKeyOf('b2b', side(null, ['x']), side(null, ['w'])),
    );
  });
});

describe('isOwnSide', () => {
  it('refuses a G2G request to one’s own delegation and a B2B request to oneself', () => {
    expect(
      isOwnSide('g2g', { delegationId: 'd1', people: [person('a')] }, { delegationId: 'd1', people: [person('b')] }),
    ).toBe(true);
    expect(
      isOwnSide('b2b', { delegationId: null, people: [person('a')] }, { delegationId: null, people: [person('a')] }),
    ).toBe(true);
  });

  it('refuses a B2B meeting between two people of one delegation, but not between two companies', () => {
    const colleagues = isOwnSide(
      'b2b',
      { delegationId: null, people: [person('a', 'd1')] },
      { delegationId: null, people: [person('b', 'd1')] },
    );
    const companies = isOwnSide(
      'b2b',
      { delegationId: null, people: [person('a')] },
      { delegationId: null, people: [person('b')] },
    );
    expect([colleagues, companies]).toEqual([true, false]);
  });
});

describe('days and quotas', () => {
  it('finds a preferred day outside the edition', () => {
    expect(findDayOutsideEdition(['2025-11-19', '2025-11-22'], DAYS)).toBe('2025-11-22');
    expect(findDayOutsideEdition(['2025-11-18'], DAYS)).toBeNull();
  });

  it('counts a request without preferred days on every edition day', () => {
    expect(countedDays([], DAYS)).toEqual(DAYS);
    expect(countedDays(['2025-11-20'], DAYS)).toEqual(['2025-11-20']);
  });

  it('takes the role’s own quota before the edition’s', () => {
    const settings = { requestQuotaPerDay: 8, roleRequestQuotas: { head: 3 } };
    expect([requestQuotaOf(settings, 'head'), requestQuotaOf(settings, 'buyer')]).toEqual([3, 8]);
  });

  it('lets a person reach their quota on a day but not pass it, counting only that day', () => {
    const existing = [
      { participantId: 'a', days: ['2025-11-18'] },
      { participantId: 'a', days: ['2025-11-18', '2025-11-19'] },
      { participantId: 'b', days: ['2025-11-19'] },
    ];
    const quota = () => 2;
    expect(findQuotaExcess([person('a')], ['2025-11-19'], existing, quota)).toBeNull();
    expect(findQuotaExcess([person('b'), person('a')], ['2025-11-19', '2025-11-18'], existing, quota)).toEqual({
      participantId: 'a',
      day: '2025-11-18',
      quota: 2,
    });
  });
});

describe('defaultLanguages', () => {
  it('takes the languages the whole side shares, else its first person’s', () => {
    const speaking = (...languages: PersonFacts['languages']) => ({ languages });
    expect(defaultLanguages([speaking('fa', 'en'), speaking('en', 'ru')])).toEqual(['en']);
    expect(defaultLanguages([speaking('fa'), speaking('ru')])).toEqual(['fa']);
  });
});

describe('answerTransition', () => {
  it('ends the exchange on accept or decline, and hands a counter-proposal to the other side', () => {
    const waiting = { status: 'sent' as const, awaiting: 'receiver' as const };
    expect(answerTransition(waiting, 'accept')).toEqual({ ok: true, status: 'accepted', awaiting: null });
    expect(answerTransition(waiting, 'decline')).toEqual({ ok: true, status: 'declined', awaiting: null });
    expect(answerTransition(waiting, 'counter')).toEqual({ ok: true, status: 'countered', awaiting: 'requester' });
    expect(answerTransition({ status: 'countered', awaiting: 'requester' }, 'counter')).toEqual({
      ok: true,
      status: 'countered',
      awaiting: 'receiver',
    });
  });

  it('refuses to answer a request already accepted, declined or cancelled', () => {
    for (const status of ['accepted', 'declined', 'cancelled'] as const) {
      expect(answerTransition({ status, awaiting: null }, 'accept')).toEqual({
        ok: false,
        code: 'meeting_request_already_answered',
      });
    }
  });
});
