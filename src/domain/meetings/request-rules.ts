import type { Locale } from '../../platform/i18n/locales.ts';
import type { ParticipantRole } from '../delegations/model.ts';
import type { MeetingRequest, MeetingSettings, RequestSide, RequestStatus, Side } from './model.ts';
import type { MeetingKind } from './scheduler/model.ts';

/** What the rules need to know of a person named in a request. */
export type PersonFacts = { id: string; delegationId: string | null; role: ParticipantRole; languages: Locale[] };

/**
 * The two sides whichever asked, so that A → B and B → A are one pair: G2G by delegation (whoever the
 * members), B2B by the people of each side.
 */
export function partyKeyOf(kind: MeetingKind, requester: RequestSide, receiver: RequestSide): string {
  if (kind === 'g2g') return `g2g:${[requester.delegationId, receiver.delegationId].sort().join(':')}`;
  const sideKey = (side: RequestSide) => [...side.participantIds].sort().join(',');
  return `b2b:${[sideKey(requester), sideKey(receiver)].sort().join('|')}`;
}

/**
 * Whether the request is addressed to its own side: the same delegation (G2G), someone on both sides,
 * or (B2B) people of one delegation on both sides, who meet without the summit's help.
 */
export function isOwnSide(
  kind: MeetingKind,
  requester: { delegationId: string | null; people: readonly PersonFacts[] },
  receiver: { delegationId: string | null; people: readonly PersonFacts[] },
): boolean {
  if (kind === 'g2g' && requester.delegationId === receiver.delegationId) return true;
  const ids = new Set(requester.people.map((person) => person.id));
  if (receiver.people.some((person) => ids.has(person.id))) return true;
  if (kind === 'g2g') return false;
  const delegations = new Set(requester.people.flatMap((person) => (person.delegationId ? [person.delegationId] : [])));
  return receiver.people.some((person) => person.delegationId !== null && delegations.has(person.delegationId));
}

/** The first preferred day that is not a day of the edition, or null. */
export function findDayOutsideEdition(days: readonly string[], edition: readonly string[]): string | null {
  return days.find((day) => !edition.includes(day)) ?? null;
}

/**
 * The days a request counts against on a person's quota: its preferred days, or every edition day when
 * it names none, since it may then be placed on any of them.
 */
export const countedDays = (preferredDays: readonly string[], edition: readonly string[]): readonly string[] =>
  preferredDays.length > 0 ? preferredDays : edition;

export const requestQuotaOf = (
  settings: Pick<MeetingSettings, 'requestQuotaPerDay' | 'roleRequestQuotas'>,
  role: ParticipantRole,
) => settings.roleRequestQuotas[role] ?? settings.requestQuotaPerDay;

export type QuotaExcess = { participantId: string; day: string; quota: number };

/**
 * The first person and day where one more request would go over the person's quota, or null.
 * `existing` lists, per open request a person is named in, the days it counts against.
 */
export function findQuotaExcess(
  people: readonly PersonFacts[],
  days: readonly string[],
  existing: readonly { participantId: string; days: readonly string[] }[],
  quotaOf: (person: PersonFacts) => number,
): QuotaExcess | null {
  for (const person of people) {
    const own = existing.filter((entry) => entry.participantId === person.id);
    const quota = quotaOf(person);
    for (const day of days) {
      if (own.filter((entry) => entry.days.includes(day)).length + 1 > quota) {
        return { participantId: person.id, day, quota };
      }
    }
  }
  return null;
}

/** The languages a side speaks unless it says: those all its people share, else its first person's. */
export function defaultLanguages(people: readonly Pick<PersonFacts, 'languages'>[]): Locale[] {
  if (people.length === 0) return [];
  const shared = people[0]!.languages.filter((language) =>
    people.every((person) => person.languages.includes(language)),
  );
  return shared.length > 0 ? shared : [...people[0]!.languages];
}

export const otherSide = (side: Side): Side => (side === 'requester' ? 'receiver' : 'requester');

export type AnswerKind = 'accept' | 'decline' | 'counter';

export type AnswerTransition =
  | { ok: true; status: RequestStatus; awaiting: Side | null }
  | { ok: false; code: 'meeting_request_already_answered' };

/**
 * A request waits for one side's answer. Accepting or declining ends the exchange; a counter-proposal
 * hands it to the other side, which answers the same three ways.
 */
export function answerTransition(
  request: Pick<MeetingRequest, 'status' | 'awaiting'>,
  answer: AnswerKind,
): AnswerTransition {
  if ((request.status !== 'sent' && request.status !== 'countered') || request.awaiting === null) {
    return { ok: false, code: 'meeting_request_already_answered' };
  }
  if (answer === 'accept') return { ok: true, status: 'accepted', awaiting: null };
  if (answer === 'decline') return { ok: true, status: 'declined', awaiting: null };
  return { ok: true, status: 'countered', awaiting: otherSide(request.awaiting) };
}
