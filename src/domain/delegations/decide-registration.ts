import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { termParam } from '../../platform/errors/message-params.ts';
import type { Actor } from '../../platform/identity/actor.ts';
import { can, requirePermission } from '../../platform/identity/permissions.ts';
import { getEdition } from '../summit/service.ts';
import type { Decision, ParticipantStatus, Registration, RegistrationFilter } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';
import { claimPlace } from './register-participant.ts';
import { checkCancellable, checkDecidable } from './rules.ts';

export async function listRegistrations(
  context: RequestContext,
  editionId: string,
  filter: RegistrationFilter,
): Promise<Registration[]> {
  requirePermission(context.actor, 'registration.manage');
  await getEdition(context, editionId);
  return createParticipantsRepository(context.db).list(editionId, filter);
}

/** Approves or rejects a pending registration; a rejection carries its reason. */
export async function decideRegistration(context: WriteContext, id: string, decision: Decision): Promise<Registration> {
  requirePermission(context.actor, 'registration.manage');
  const repo = createParticipantsRepository(context.db);
  const before = await repo.findRegistration(id);
  if (!before) throw new AppError('participant_not_found', { id });
  const check = checkDecidable(before.status);
  if (!check.ok) throw alreadyDecided(check.status);
  if (decision.decision === 'approve') await claimPlace(context, before);
  const status = decision.decision === 'approve' ? 'approved' : 'rejected';
  const after = await repo.setStatus(id, {
    status,
    decisionReason: decision.reason,
    decidedBy: context.actor!.userId,
    decidedAt: context.now,
  });
  await recordAudit(context, `registration.${decision.decision}`, 'participant', id, { before, after });
  return after;
}

/** The secretariat cancels anyone; a delegation's office cancels its own people. */
export async function cancelRegistration(context: WriteContext, id: string): Promise<Registration> {
  const repo = createParticipantsRepository(context.db);
  const before = await repo.findRegistration(id);
  if (!before) throw new AppError('participant_not_found', { id });
  if (!canChangeRegistration(context.actor, before)) throw new AppError('forbidden');
  const check = checkCancellable(before.status);
  if (!check.ok) throw alreadyDecided(check.status);
  const after = await repo.setStatus(id, {
    status: 'cancelled',
    decisionReason: before.decisionReason,
    decidedBy: context.actor!.userId,
    decidedAt: context.now,
  });
  await recordAudit(context, 'registration.cancel', 'participant', id, { before, after });
  return after;
}

/** The status is named in the reader's words, in the middle of a sentence ("already been approved"). */
const alreadyDecided = (status: ParticipantStatus) =>
  new AppError('registration_already_decided', { status: termParam(`registration.status.${status}`) });

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
