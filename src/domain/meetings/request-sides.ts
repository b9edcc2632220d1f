import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { termParam } from '../../platform/errors/message-params.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { findDelegation } from '../delegations/delegation-service.ts';
import { findDelegationHead } from '../delegations/participant-lookup.ts';
import type { Edition } from '../summit/model.ts';
import { loadPeople, type PeopleDirectory, type Person, personName } from './meeting-people.ts';
import type { RequestSide, Side } from './model.ts';
import { defaultLanguages } from './request-rules.ts';
import type { MeetingKind } from './scheduler/model.ts';

/** A side as a request body names it; a G2G side's head is added by the server. */
export type SideInput = {
  delegationId?: string | null;
  participantIds: readonly string[];
  languages?: Locale[] | null;
};

/** A side checked against the edition, with its people. */
export type ResolvedSide = RequestSide & { people: Person[] };

/**
 * Checks a side against the edition: its delegation (G2G) and every person named, who must be an
 * approved participant of the edition, of that delegation for G2G. A G2G side always includes the
 * delegation's approved head. Languages default to those the side's people share.
 */
export async function resolveSide(
  context: RequestContext,
  edition: Edition,
  kind: MeetingKind,
  side: Side,
  input: SideInput,
): Promise<ResolvedSide> {
  const delegationId = kind === 'g2g' ? await requireDelegation(context, edition, side, input.delegationId) : null;
  const head = delegationId ? await findDelegationHead(context, delegationId) : null;
  const ids = [...new Set([...(head ? [head.id] : []), ...input.participantIds])];
  const directory = await loadPeople(context, edition.id, ids);
  const people = ids.map((id) => requirePerson(directory, edition, side, id, delegationId));
  if (people.length === 0) throw new AppError('meeting_side_empty', {}, { field: `${side}.participantIds` });
  return {
    delegationId,
    participantIds: ids,
    languages: input.languages?.length ? input.languages : defaultLanguages(people),
    people,
  };
}

async function requireDelegation(
  context: RequestContext,
  edition: Edition,
  side: Side,
  id: string | null | undefined,
): Promise<string> {
  const delegation = id ? await findDelegation(context, id) : null;
  if (!delegation || delegation.editionId !== edition.id) {
    throw new AppError('delegation_not_found', { id: id ?? '' }, { field: `${side}.delegationId` });
  }
  return delegation.id;
}

function requirePerson(
  directory: PeopleDirectory,
  edition: Edition,
  side: Side,
  id: string,
  delegationId: string | null,
): Person {
  const person = directory.people.get(id);
  const field = `${side}.participantIds`;
  if (!person || person.editionId !== edition.id) throw new AppError('participant_not_found', { id }, { field });
  if (delegationId !== null && person.delegationId !== delegationId) {
    throw new AppError('meeting_person_not_in_delegation', { person: personName(person) }, { field });
  }
  if (person.status !== 'approved') {
    throw new AppError(
      'participant_not_approved',
      { status: termParam(`registration.status.${person.status}`) },
      { field },
    );
  }
  return person;
}
