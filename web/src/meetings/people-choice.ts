import { normaliseText } from '../../../src/platform/text/normalise-text.ts';
import type { MeetingParticipant } from './use-meeting-participants.ts';

type Person = Pick<MeetingParticipant, 'participantId' | 'delegationId' | 'canActFor'>;

/** The people the reader may bring to a business meeting. */
export const ownCandidatesOf = <P extends Person>(people: readonly P[]): P[] =>
  people.filter((person) => person.canActFor);

/**
 * The people the reader may ask to meet: not one of those attending on the asking side, and not of
 * a delegation already there, whose people meet without the summit's help (the server refuses
 * both). Only the secretariat, who may act for anyone, may put people it acts for on both sides.
 */
export function counterpartsOf<P extends Person>(
  people: readonly P[],
  ownIds: readonly string[],
  { forAnyone }: { forAnyone: boolean },
): P[] {
  const attending = new Set(ownIds);
  const delegations = new Set(
    people.flatMap((person) =>
      attending.has(person.participantId) && person.delegationId ? [person.delegationId] : [],
    ),
  );
  return people.filter(
    (person) =>
      !attending.has(person.participantId) &&
      !(person.delegationId && delegations.has(person.delegationId)) &&
      (forAnyone || !person.canActFor),
  );
}

/** The counterparts still allowed once the asking side changed; the others are let go. */
export function keepAllowedCounterparts<P extends Person>(
  people: readonly P[],
  ownIds: readonly string[],
  counterpartIds: readonly string[],
  options: { forAnyone: boolean },
): string[] {
  const allowed = new Set(counterpartsOf(people, ownIds, options).map((person) => person.participantId));
  return counterpartIds.filter((id) => allowed.has(id));
}

/**
 * The people to list for a search: those chosen always, first, then those whose texts hold every
 * word of the query (in any order, Persian and Arabic letters alike), at most `limit` of them.
 */
export function findPeople<P extends Person>(
  people: readonly P[],
  query: string,
  chosenIds: readonly string[],
  textsOf: (person: P) => readonly (string | null)[],
  limit: number,
): { shown: P[]; more: number } {
  const chosen = new Set(chosenIds);
  const words = normaliseText(query).split(' ').filter(Boolean);
  const matches = people.filter((person) => {
    if (chosen.has(person.participantId)) return false;
    const text = normaliseText(textsOf(person).filter(Boolean).join(' '));
    return words.every((word) => text.includes(word));
  });
  return {
    shown: [...people.filter((person) => chosen.has(person.participantId)), ...matches.slice(0, limit)],
    more: Math.max(0, matches.length - limit),
  };
}
