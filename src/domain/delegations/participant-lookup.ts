import type { Executor } from '../../platform/db/client.ts';
import type { Participant } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One participant by id, whatever their status; null when there is none (or the id is not a uuid). */
export async function findParticipant(db: Executor, id: string): Promise<Participant | null> {
  if (!UUID.test(id)) return null;
  return createParticipantsRepository(db).find(id);
}
