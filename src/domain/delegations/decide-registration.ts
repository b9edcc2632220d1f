import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { getEdition } from '../summit/service.ts';
import type { Decision, Registration, RegistrationFilter } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';
import type { WriteContext } from './register-participant.ts';
import { checkCancellable, checkDecidable } from './rules.ts';

export async function listRegistrations(
  db: Executor,
  actor: Actor | null,
  editionId: string,
  filter: RegistrationFilter,
): Promise<Registration[]> {
  if (!can(actor, 'registration.manage')) throw new AppError('forbidden');
  await getEdition(db, editionId);
  return createParticipantsRepository(db).list(editionId, filter);
}

/** Approves or rejects a pending registration; a rejection carries its reason. */
export async function decideRegistration(
  db: Database,
  context: WriteContext,
  id: string,
  decision: Decision,
): Promise<Registration> {
  if (!can(context.actor, 'registration.manage')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createParticipantsRepository(tx);
    const before = await repo.findRegistration(id);
    if (!before) throw new AppError('participant_not_found', { id });
    const check = checkDecidable(before.status);
    if (!check.ok) throw new AppError(check.code, { status: check.status });
    const status = decision.decision === 'approve' ? 'approved' : 'rejected';
    const after = await repo.setStatus(id, {
      status,
      decisionReason: decision.reason,
      decidedBy: context.actor!.userId,
      decidedAt: context.now,
    });
    await recordAudit(tx, context.audit, {
      action: `registration.${decision.decision}`,
      entityType: 'participant',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** The secretariat cancels anyone; a delegation's office cancels its own people. */
export async function cancelRegistration(db: Database, context: WriteContext, id: string): Promise<Registration> {
  return inTransaction(db, async (tx) => {
    const repo = createParticipantsRepository(tx);
    const before = await repo.findRegistration(id);
    if (!before) throw new AppError('participant_not_found', { id });
    if (!canChangeRegistration(context.actor, before)) throw new AppError('forbidden');
    const check = checkCancellable(before.status);
    if (!check.ok) throw new AppError(check.code, { status: check.status });
    const after = await repo.setStatus(id, {
      status: 'cancelled',
      decisionReason: before.decisionReason,
      decidedBy: context.actor!.userId,
      decidedAt: context.now,
    });
    await recordAudit(tx, context.audit, {
      action: 'registration.cancel',
      entityType: 'participant',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export function canChangeRegistration(
  actor: Actor | null,
  registration: Pick<Registration, 'delegationId' | 'provinceId'>,
): boolean {
  if (can(actor, 'registration.manage')) return true;
  return (
    registration.delegationId !== null &&
    registration.provinceId !== null &&
    can(actor, 'delegation.register', { provinceId: registration.provinceId })
  );
}
