import { describe, expect, it } from 'vitest';
import type { ParticipantRole, ParticipantStatus } from '../delegations/model.ts';
import type { DelegationTally } from './model.ts';
import { assessDelegation, listIncompleteDelegations, sortTallies } from './rules.ts';

type Entry = [ParticipantRole, ParticipantStatus, number];
const tally = (entries: Entry[], extra: Partial<DelegationTally> = {}): DelegationTally => ({
  delegationId: 'd-1',
  provinceId: 'gilan',
  memberLimit: 10,
  roleLimits: {},
  counts: entries.map(([role, status, count]) => ({ role, status, count })),
  ...extra,
});
const ready: Entry[] = [
  ['head', 'approved', 1],
  ['interpreter', 'approved', 1],
  ['member', 'approved', 3],
];

describe('a delegation standing', () => {
  it('is complete with an approved head and interpreter and nothing pending', () => {
    expect(assessDelegation(tally(ready))).toMatchObject({ gaps: [], seatsTaken: 5, seatsLeft: 5 });
  });

  it('lacks a head while its head is only pending, and counts that registration as pending', () => {
    const standing = assessDelegation(
      tally([
        ['head', 'pending', 1],
        ['interpreter', 'approved', 1],
      ]),
    );
    expect(standing.gaps).toEqual(['no_approved_head', 'pending_registrations']);
    expect(standing.pendingRegistrations).toBe(1);
  });

  it('lacks an interpreter whose registration was rejected', () => {
    const standing = assessDelegation(
      tally([
        ['head', 'approved', 1],
        ['interpreter', 'rejected', 1],
      ]),
    );
    expect(standing.gaps).toEqual(['no_approved_interpreter']);
  });

  it('needs no interpreter when its limits allow none', () => {
    expect(assessDelegation(tally([['head', 'approved', 1]], { roleLimits: { interpreter: 0 } })).gaps).toEqual([]);
  });

  it('counts pending and approved people of the delegation roles against the limit, not rejected ones nor guests', () => {
    const standing = assessDelegation(
      tally(
        [
          ...ready,
          ['press', 'pending', 2],
          ['member', 'rejected', 4],
          ['member', 'cancelled', 1],
          ['guest', 'approved', 3],
        ],
        { memberLimit: 6 },
      ),
    );
    expect(standing.seatsTaken).toBe(7);
    expect(standing.seatsLeft).toBe(0);
  });

  it('is an empty delegation with every seat left and neither head nor interpreter', () => {
    expect(assessDelegation(tally([], { memberLimit: 8 }))).toMatchObject({
      seatsLeft: 8,
      gaps: ['no_approved_head', 'no_approved_interpreter'],
    });
  });
});

describe('the list of incomplete delegations', () => {
  it('leaves complete delegations out and puts those with the most gaps first', () => {
    const list = listIncompleteDelegations([
      tally(ready, { delegationId: 'a', provinceId: 'astrakhan' }),
      tally([['head', 'approved', 1]], { delegationId: 'b', provinceId: 'atyrau' }),
      tally([['member', 'pending', 1]], { delegationId: 'c', provinceId: 'balkan' }),
    ]);
    expect(list.map((standing) => standing.delegationId)).toEqual(['c', 'b']);
  });
});

describe('sorting tallies', () => {
  it('puts the largest first and breaks ties by key', () => {
    expect(
      sortTallies([
        { key: 'RU', count: 2 },
        { key: 'AZ', count: 2 },
        { key: 'IR', count: 5 },
      ]).map((entry) => entry.key),
    ).toEqual(['IR', 'AZ', 'RU']);
  });
});
