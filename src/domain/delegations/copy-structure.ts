import type { Executor } from '../../platform/db/client.ts';
import { createDelegationsRepository } from './delegations-repository.ts';

/**
 * Gives a new edition the previous one's delegations (province, member limit, role limits) but
 * none of their people: each edition registers its participants afresh. Runs inside the caller's
 * transaction (the edition copy), which records the audit entry. Returns how many were copied.
 */
export function copyDelegationStructure(tx: Executor, fromEditionId: string, toEditionId: string): Promise<number> {
  return createDelegationsRepository(tx).copyToEdition(fromEditionId, toEditionId);
}
