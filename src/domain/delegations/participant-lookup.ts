import type { RequestContext } from '../../platform/context/request-context.ts';
import type { Participant } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One participant by id, whatever their status; null when there is none (or the id is not a uuid). */
export async function findParticipant(context: RequestContext, id: string): Promise<Participant | null> {
  if (!UUID.test(id)) return null;
  return createParticipantsRepository(context.db).find(id);
}
