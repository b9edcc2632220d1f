import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { getEdition } from '../summit/service.ts';
import { createDelegationsRepository } from './delegations-repository.ts';
import type { Delegation, DelegationSummary, Registration, RoleLimits } from './model.ts';
import { createParticipantsRepository, type DelegationRoleCount } from './participants-repository.ts';
import type { WriteContext } from './register-participant.ts';

function summarise(delegation: Delegation, counts: readonly DelegationRoleCount[]): DelegationSummary {
  const own = counts.filter((count) => count.delegationId === delegation.id);
  const approved: Record<string, number> = {};
  for (const count of own.filter((row) => row.status === 'approved'))
    approved[count.role] = (approved[count.role] ?? 0) + count.total;
  const sum = (rows: readonly DelegationRoleCount[]) => rows.reduce((total, row) => total + row.total, 0);
  return {
    ...delegation,
    approved,
    approvedTotal: sum(own.filter((row) => row.status === 'approved')),
    liveTotal: sum(own.filter((row) => row.status === 'approved' || row.status === 'pending')),
  };
}

/** Every delegation of an edition with its limits and approved people, for anyone to read. */
export async function listDelegationSummaries(db: Executor, editionId: string): Promise<DelegationSummary[]> {
  await getEdition(db, editionId);
  const [delegations, counts] = await Promise.all([
    createDelegationsRepository(db).listByEdition(editionId),
    createParticipantsRepository(db).countByDelegation(editionId),
  ]);
  return delegations.map((delegation) => summarise(delegation, counts));
}

/** The secretariat sees every delegation's people; a delegation's office sees its own. */
export async function getDelegationWithMembers(
  db: Executor,
  actor: Actor | null,
  id: string,
): Promise<DelegationSummary & { members: Registration[] }> {
  const delegation = await createDelegationsRepository(db).find(id);
  if (!delegation) throw new AppError('delegation_not_found', { id });
  if (!can(actor, 'delegation.register', { provinceId: delegation.provinceId })) throw new AppError('forbidden');
  const participants = createParticipantsRepository(db);
  const [counts, members] = await Promise.all([
    participants.countByDelegation(delegation.editionId),
    participants.list(delegation.editionId, { delegationId: id }),
  ]);
  return { ...summarise(delegation, counts), members };
}

/** The delegate's own delegation in an edition: the one of their province. */
export async function findOwnDelegation(db: Executor, actor: Actor | null, editionId: string): Promise<Delegation> {
  if (!actor?.provinceId) throw new AppError('forbidden');
  const delegation = await createDelegationsRepository(db).findByProvince(editionId, actor.provinceId);
  if (!delegation) throw new AppError('delegation_not_found', { id: actor.provinceId });
  return delegation;
}

/** Lowering a limit below the people already registered refuses no one already there; it only stops new ones. */
export async function changeDelegationLimits(
  db: Database,
  context: WriteContext,
  id: string,
  limits: { memberLimit: number; roleLimits: RoleLimits },
): Promise<Delegation> {
  if (!can(context.actor, 'registration.manage')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createDelegationsRepository(tx);
    const before = await repo.find(id);
    if (!before) throw new AppError('delegation_not_found', { id });
    const roleLimits = Object.fromEntries(
      Object.entries(limits.roleLimits).filter(([, value]) => value !== undefined),
    ) as RoleLimits;
    const after = await repo.updateLimits(id, limits.memberLimit, roleLimits);
    await recordAudit(tx, context.audit, {
      action: 'delegation.limits',
      entityType: 'delegation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
