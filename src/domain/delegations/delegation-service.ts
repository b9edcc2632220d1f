import { readAll } from '../../platform/db/read-all.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { requireVisibleEdition } from '../summit/service.ts';
import { createDelegationsRepository } from './delegations-repository.ts';
import type { Delegation, DelegationSummary, Registration, RoleLimits } from './model.ts';
import { createParticipantsRepository, type DelegationRoleCount } from './participants-repository.ts';

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
    heldTotal: sum(own.filter((row) => row.holdsPlace)),
  };
}

/** Every delegation of an edition with its limits and approved people, for anyone to read (a draft edition's for the secretariat only). */
export async function listDelegationSummaries(
  context: RequestContext,
  editionId: string,
): Promise<DelegationSummary[]> {
  await requireVisibleEdition(context, editionId);
  const [delegations, counts] = await readAll(context.db, [
    () => createDelegationsRepository(context.db).listByEdition(editionId),
    () => createParticipantsRepository(context.db).countByDelegation(editionId),
  ]);
  return delegations.map((delegation) => summarise(delegation, counts));
}

/** The secretariat sees every delegation's people; a delegation's office sees its own. */
export async function getDelegationWithMembers(
  context: RequestContext,
  id: string,
): Promise<DelegationSummary & { members: Registration[] }> {
  const delegation = await createDelegationsRepository(context.db).find(id);
  if (!delegation) throw new AppError('delegation_not_found', { id });
  requirePermission(context.actor, 'delegation.register', { provinceId: delegation.provinceId });
  const participants = createParticipantsRepository(context.db);
  const [counts, members] = await readAll(context.db, [
    () => participants.countByDelegation(delegation.editionId),
    () => participants.list(delegation.editionId, { delegationId: id }),
  ]);
  return { ...summarise(delegation, counts), members };
}

/** One delegation by id, for other capabilities to check a reference; null when there is none. */
export function findDelegation(context: RequestContext, id: string): Promise<Delegation | null> {
  return createDelegationsRepository(context.db).find(id);
}

/** The delegations of an edition, without their people. */
export function listDelegations(context: RequestContext, editionId: string): Promise<Delegation[]> {
  return createDelegationsRepository(context.db).listByEdition(editionId);
}

/** The delegate's own delegation in an edition: the one of their province. */
export async function findOwnDelegation(context: RequestContext, editionId: string): Promise<Delegation> {
  const provinceId = context.actor?.provinceId;
  if (!provinceId) throw new AppError('forbidden');
  const delegation = await createDelegationsRepository(context.db).findByProvince(editionId, provinceId);
  if (!delegation) throw new AppError('delegation_not_found', { id: provinceId });
  return delegation;
}

/** Lowering a limit below the people already registered refuses no one already there; it only stops new ones. */
export async function changeDelegationLimits(
  context: WriteContext,
  id: string,
  limits: { memberLimit: number; roleLimits: RoleLimits },
): Promise<Delegation> {
  requirePermission(context.actor, 'registration.manage');
  const repo = createDelegationsRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('delegation_not_found', { id });
  const roleLimits = Object.fromEntries(
    Object.entries(limits.roleLimits).filter(([, value]) => value !== undefined),
  ) as RoleLimits;
  const after = await repo.updateLimits(id, limits.memberLimit, roleLimits);
  await recordAudit(context, 'delegation.limits', 'delegation', id, { before, after });
  return after;
}
