import { describe, expect, it } from 'vitest';
import { counterpartsOf, findPeople, keepAllowedCounterparts, ownCandidatesOf } from './people-choice.ts';

type TestPerson = {
  participantId: string;
  delegationId: string | null;
  canActFor: boolean;
  name: string;
  organisation: string | null;
};

const person = (participantId: string, change: Partial<TestPerson> = {}): TestPerson => ({
  participantId,
  delegationId: null,
  canActFor: false,
  name: participantId,
  organisation: null,
  ...change,
});

// The reader is an exhibitor from Gilan who travels with the Gilan delegation but is not its office.
const self = person('self', { canActFor: true, delegationId: 'gilan' });
const governor = person('governor', { delegationId: 'gilan' });
const buyer = person('buyer', { name: 'Igor Babushkin', organisation: 'Volga Trade' });
const exhibitor = person('exhibitor', { delegationId: 'mangystau', name: 'Aigerim', organisation: 'Aktau Port' });
const people = [self, governor, buyer, exhibitor];
const ids = (list: readonly TestPerson[]) => list.map((entry) => entry.participantId);

describe('choosing the people of a business meeting', () => {
  it('offers the reader only the people they may act for on their own side', () => {
    expect(ids(ownCandidatesOf(people))).toEqual(['self']);
  });

  it('does not offer as counterparts the people attending, their delegation, or anyone else the reader acts for', () => {
    expect(ids(counterpartsOf(people, ['self'], { forAnyone: false }))).toEqual(['buyer', 'exhibitor']);
    expect(ids(counterpartsOf(people, [], { forAnyone: false }))).toEqual(['governor', 'buyer', 'exhibitor']);
  });

  it('lets the secretariat, who acts for everyone, put anyone not attending or of their delegation opposite', () => {
    const everyone = people.map((entry) => ({ ...entry, canActFor: true }));
    expect(ids(counterpartsOf(everyone, ['buyer'], { forAnyone: true }))).toEqual(['self', 'governor', 'exhibitor']);
    expect(ids(counterpartsOf(everyone, ['buyer'], { forAnyone: false }))).toEqual([]);
  });

  it('lets go of a counterpart who became one of the asking side’s delegation', () => {
    const everyone = people.map((entry) => ({ ...entry, canActFor: true }));
    expect(keepAllowedCounterparts(everyone, ['buyer'], ['governor', 'exhibitor'], { forAnyone: true })).toEqual([
      'governor',
      'exhibitor',
    ]);
    expect(keepAllowedCounterparts(everyone, ['self'], ['governor', 'exhibitor'], { forAnyone: true })).toEqual([
      'exhibitor',
    ]);
  });
});

describe('searching people', () => {
  const textsOf = (entry: TestPerson) => [entry.name, entry.organisation];

  it('finds people holding every word of the query in any of their texts, whatever the case and order', () => {
    expect(ids(findPeople(people, 'trade IGOR', [], textsOf, 10).shown)).toEqual(['buyer']);
    expect(ids(findPeople(people, 'igor aktau', [], textsOf, 10).shown)).toEqual([]);
  });

  it('matches a Persian name typed with Arabic letters', () => {
    const persian = [person('kerman', { name: 'یاسر کریمی' })];
    expect(ids(findPeople(persian, 'كريمي', [], textsOf, 10).shown)).toEqual(['kerman']);
  });

  it('keeps the chosen people first whatever the query, and counts the matches past the limit', () => {
    const found = findPeople(people, '', ['exhibitor'], textsOf, 2);
    expect(ids(found.shown)).toEqual(['exhibitor', 'self', 'governor']);
    expect(found.more).toBe(1);
    expect(ids(findPeople(people, 'volga', ['exhibitor'], textsOf, 2).shown)).toEqual(['exhibitor', 'buyer']);
  });
});
