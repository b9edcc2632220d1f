import type { RequestContext } from '../../platform/context/request-context.ts';
import type { Participant } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One participant by id, whatever their status; null when there is none (or the id is not a uuid). */
export async function findParticipant(context: RequestContext, id: string): Promise<Participant | null> {
  if (!UUID.test(id)) return null;
  return createParticipantsRepository(context.db).find(id);
}

/** Participants by id, whatever their status; an id with no participant is left out. */
export function findParticipants(context: RequestContext, ids: readonly string[]): Promise<Participant[]> {
  const valid = [...new Set(ids)].filter((id) => UUID.test(id));
  return createParticipantsRepository(context.db).findMany(valid);
}

/** The delegation's approved head (its governor), or null while there is none. */
export function findDelegationHead(context: RequestContext, delegationId: string): Promise<Participant | null> {
  if (!UUID.test(delegationId)) return Promise.resolve(null);
  return createParticipantsRepository(context.db).findApprovedHead(delegationId);
}

/** The edition's participants an account speaks for: the one linked to it, and its delegation's people. */
export function listParticipantsOfAccount(
  context: RequestContext,
  editionId: string,
  account: { userId: string; delegationId: string | null },
): Promise<Participant[]> {
  return createParticipantsRepository(context.db).listLinked(editionId, account.userId, account.delegationId);
}

/** The edition's approved participants: those a meeting may be asked with. */
export function listApprovedParticipants(context: RequestContext, editionId: string): Promise<Participant[]> {
  return createParticipantsRepository(context.db).listApproved(editionId);
}
