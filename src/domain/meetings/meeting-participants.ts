import type { RequestContext } from '../../platform/context/request-context.ts';
import { listDelegations } from '../delegations/delegation-service.ts';
import type { ParticipantRole } from '../delegations/model.ts';
import { listApprovedParticipants } from '../delegations/participant-lookup.ts';
import { canActForPerson } from './meeting-people.ts';
import { requireEdition } from './meeting-setup.ts';

/** Interpreters are booked by the secretariat and the press reports: neither is asked for a meeting. */
const NOT_MET_ROLES: readonly ParticipantRole[] = ['interpreter', 'press'];

/**
 * The edition's approved people a meeting may be asked with, without their contact details, each
 * marked when the reader may speak for them (their own, their delegation's; everyone for the secretariat).
 */
export async function listMeetingParticipants(context: RequestContext, editionId: string) {
  await requireEdition(context, editionId);
  const [delegations, people] = await Promise.all([
    listDelegations(context, editionId),
    listApprovedParticipants(context, editionId),
  ]);
  const provinceOf = new Map(delegations.map((delegation) => [delegation.id, delegation.provinceId]));
  return people
    .filter((person) => !NOT_MET_ROLES.includes(person.role))
    .map((person) => {
      const delegationProvinceId = person.delegationId ? (provinceOf.get(person.delegationId) ?? null) : null;
      return {
        participantId: person.id,
        nameNative: person.nameNative,
        nameLatin: person.nameLatin,
        role: person.role,
        position: person.position,
        organisation: person.organisation,
        countryCode: person.countryCode,
        provinceId: delegationProvinceId ?? person.provinceId,
        delegationId: person.delegationId,
        languages: person.languages,
        canActFor: canActForPerson(context.actor, { ...person, delegationProvinceId }),
        isDemo: person.isDemo,
      };
    });
}
