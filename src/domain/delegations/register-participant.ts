import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { instantParam, termParam } from '../../platform/errors/message-params.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { provinceExists } from '../provinces/service.ts';
import { createDelegationsRepository } from './delegations-repository.ts';
import { findRegistrationWindow } from './edition-window.ts';
import type { Delegation, NewParticipant, Registration, RegistrationForm } from './model.ts';
import { createParticipantsRepository, type ParticipantsRepository } from './participants-repository.ts';
import {
  type CapacityCheck,
  checkDelegationCapacity,
  checkRegistrationOpen,
  holdsPlace,
  joinsDelegation,
} from './rules.ts';

/**
 * Anyone may register for an open edition; the registration waits for the secretariat's decision
 * and takes a place in its delegation only when approved. It is refused at once when no place is left.
 */
export async function registerParticipant(
  context: WriteContext,
  editionId: string,
  form: RegistrationForm,
): Promise<Registration> {
  await assertRegistrationOpen(context, editionId);
  if (form.provinceId && !(await provinceExists(context, form.provinceId)))
    throw new AppError('province_not_found', { id: form.provinceId }, { field: 'provinceId' });
  const delegation = joinsDelegation(form.role, form.provinceId)
    ? await findProvinceDelegation(context, editionId, form.provinceId!)
    : null;
  return insertRegistration(context, editionId, delegation, form);
}

/** A delegation's office registers its own people, under the same deadline and limits as the public. */
export async function registerDelegationMember(
  context: WriteContext,
  delegationId: string,
  form: Omit<RegistrationForm, 'provinceId'>,
): Promise<Registration> {
  const delegation = await createDelegationsRepository(context.db).find(delegationId);
  if (!delegation) throw new AppError('delegation_not_found', { id: delegationId });
  requirePermission(context.actor, 'delegation.register', { provinceId: delegation.provinceId });
  await assertRegistrationOpen(context, delegation.editionId);
  return insertRegistration(context, delegation.editionId, delegation, { ...form, provinceId: delegation.provinceId });
}

/** The deadline is named in the reader's calendar, in the edition's time zone. */
async function assertRegistrationOpen(context: WriteContext, editionId: string): Promise<void> {
  const window = await findRegistrationWindow(context, editionId);
  const open = checkRegistrationOpen(window, context.now);
  if (!open.ok) throw new AppError('registration_closed', { closedAt: instantParam(open.closedAt, window.timeZone) });
}

/** The province comes from the form, so the refusal is shown next to it. */
async function findProvinceDelegation(
  context: WriteContext,
  editionId: string,
  provinceId: string,
): Promise<Delegation> {
  const delegation = await createDelegationsRepository(context.db).findByProvince(editionId, provinceId);
  if (!delegation) throw new AppError('delegation_not_found', { id: provinceId }, { field: 'provinceId' });
  return delegation;
}

async function insertRegistration(
  context: WriteContext,
  editionId: string,
  delegation: Delegation | null,
  form: RegistrationForm,
): Promise<Registration> {
  const repo = createParticipantsRepository(context.db);
  if (delegation) {
    await repo.lockDelegation(delegation.id);
    const capacity = checkDelegationCapacity(delegation, await repo.countHeldByRole(delegation.id), form.role);
    if (!capacity.ok) throw capacityRefusal(capacity, 'role');
  }
  if (await repo.hasLiveEmail(editionId, form.email)) throw emailTaken();
  const { visaLetter, ...person } = form;
  const created = await insertOrExplain(repo, {
    ...person,
    editionId,
    delegationId: delegation?.id ?? null,
    status: 'pending',
    decisionReason: null,
    userId: null,
    registeredBy: context.actor?.userId ?? null,
    decidedBy: null,
    createdAt: context.now,
    decidedAt: null,
  });
  if (visaLetter) await repo.insertVisaRequest(created.id, visaLetter, context.now);
  const after = { ...created, visaLetterRequested: visaLetter !== null };
  // Passport data stays out of the audit log: the entry says only that a letter was requested.
  await recordAudit(context, 'registration.create', 'participant', created.id, { after });
  return after;
}

/**
 * Approving a registration that holds no place yet (one from the public form) takes one, under the
 * same lock and limits as registering: the secretariat cannot approve past a delegation's limits.
 */
export async function claimPlace(context: WriteContext, registration: Registration): Promise<void> {
  if (!registration.delegationId || holdsPlace(registration)) return;
  const delegation = await createDelegationsRepository(context.db).find(registration.delegationId);
  if (!delegation) return;
  const repo = createParticipantsRepository(context.db);
  await repo.lockDelegation(delegation.id);
  const capacity = checkDelegationCapacity(delegation, await repo.countHeldByRole(delegation.id), registration.role);
  if (!capacity.ok) throw capacityRefusal(capacity);
}

/**
 * Limits are about the role asked for, so a form shows the refusal next to `field`; the role is
 * named in the reader's words.
 */
function capacityRefusal(capacity: Exclude<CapacityCheck, { ok: true }>, field?: string): AppError {
  if (capacity.code === 'delegation_head_taken') return headTaken(field);
  const role = termParam(`registration.role.${capacity.role ?? 'total'}`);
  return new AppError('delegation_full', { limit: capacity.limit, role }, { field });
}

const headTaken = (field?: string) => new AppError('delegation_head_taken', {}, { field });
const emailTaken = () => new AppError('participant_email_taken', {}, { field: 'email' });

/** The database's unique indexes back the checks above against a race the lock does not cover. */
async function insertOrExplain(repo: ParticipantsRepository, participant: NewParticipant): Promise<Registration> {
  try {
    return await repo.insert(participant);
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === 'participants_delegation_head_key') throw headTaken('role');
    if (constraint !== undefined) throw emailTaken();
    throw error;
  }
}
