import type { RequestContext } from '../../platform/context/request-context.ts';
import { type LocalizedParam, textParam } from '../../platform/errors/message-params.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can, isSecretariat } from '../../platform/identity/permissions.ts';
import { listDelegations } from '../delegations/delegation-service.ts';
import type { Participant } from '../delegations/model.ts';
import { findParticipants, listParticipantsOfAccount } from '../delegations/participant-lookup.ts';
import type { MeetingRequest, RequestSide, Side } from './model.ts';

/** A participant as meetings see them: with the province of the delegation they travel with. */
export type Person = Participant & { delegationProvinceId: string | null };

/** Who the meetings of an edition concern: its delegations' provinces and the people asked about. */
export type PeopleDirectory = {
  people: ReadonlyMap<string, Person>;
  provinceOfDelegation: ReadonlyMap<string, string>;
};

export async function loadPeople(
  context: RequestContext,
  editionId: string,
  ids: Iterable<string>,
): Promise<PeopleDirectory> {
  const delegations = await listDelegations(context, editionId);
  const provinceOfDelegation = new Map(delegations.map((delegation) => [delegation.id, delegation.provinceId]));
  const participants = await findParticipants(context, [...new Set(ids)]);
  const people = new Map(
    participants.map((participant) => [
      participant.id,
      {
        ...participant,
        delegationProvinceId: participant.delegationId
          ? (provinceOfDelegation.get(participant.delegationId) ?? null)
          : null,
      },
    ]),
  );
  return { people, provinceOfDelegation };
}

/** Everyone who attends the request's meeting, both sides. */
export const participantsOf = (request: MeetingRequest) => [
  ...new Set([...request.requester.participantIds, ...request.receiver.participantIds]),
];

export const peopleOfRequests = (requests: readonly MeetingRequest[]) =>
  requests.flatMap((request) => [...request.requester.participantIds, ...request.receiver.participantIds]);

/** The person's name in the reader's language: their own script for a reader of it, Latin letters otherwise. */
export const personName = (person: Pick<Participant, 'nameNative' | 'nameLatin' | 'nameLanguage'> | undefined) =>
  person ? textParam({ en: person.nameLatin, [person.nameLanguage]: person.nameNative }) : textParam({});

export const nameOf = (directory: PeopleDirectory, id: string): LocalizedParam => personName(directory.people.get(id));

/** Whether the actor may act for the person: their delegation's office, their own account, the secretariat. */
export function canActForPerson(actor: Actor | null, person: Person | undefined): boolean {
  if (!person) return isSecretariat(actor);
  return can(actor, 'meeting.request', {
    provinceId: person.delegationProvinceId ?? undefined,
    ownerUserId: person.userId,
  });
}

/** Whether the actor may speak for a side: for a G2G side its delegation's office, else one of its people. */
export function canActForSide(actor: Actor | null, side: RequestSide, directory: PeopleDirectory): boolean {
  const province = side.delegationId ? directory.provinceOfDelegation.get(side.delegationId) : undefined;
  if (province && can(actor, 'meeting.request', { provinceId: province })) return true;
  return side.participantIds.some((id) => canActForPerson(actor, directory.people.get(id)));
}

/** The side the actor speaks for in the request, the requester's first; null for neither. */
export function sideOfActor(actor: Actor | null, request: MeetingRequest, directory: PeopleDirectory): Side | null {
  if (canActForSide(actor, request.requester, directory)) return 'requester';
  if (canActForSide(actor, request.receiver, directory)) return 'receiver';
  return null;
}

/** The ids of the edition's participants that are the actor's own: their account's and their delegation's. */
export async function listOwnParticipantIds(context: RequestContext, editionId: string): Promise<string[]> {
  const actor = context.actor;
  if (!actor) return [];
  const delegations = await listDelegations(context, editionId);
  const delegation =
    actor.role === 'delegation_member' && actor.provinceId
      ? delegations.find((candidate) => candidate.provinceId === actor.provinceId)
      : undefined;
  const people = await listParticipantsOfAccount(context, editionId, {
    userId: actor.userId,
    delegationId: delegation?.id ?? null,
  });
  return people.map((person) => person.id);
}
