import type { WriteContext } from '../../platform/context/request-context.ts';
import type { EditionCopy } from '../summit/model.ts';
import { createDelegationsRepository } from './delegations-repository.ts';

/**
 * Delegations' step of copying an edition forward: the previous edition's delegations (province,
 * member limit, role limits) but none of their people: each edition registers its participants
 * afresh. Runs in the copy's transaction, which records the audit entry.
 */
export async function copyDelegationStructure(
  context: WriteContext,
  { source, target }: Pick<EditionCopy, 'source' | 'target'>,
): Promise<{ delegations: number }> {
  return { delegations: await createDelegationsRepository(context.db).copyToEdition(source.id, target.id) };
}
