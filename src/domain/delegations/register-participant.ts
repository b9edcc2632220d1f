import type { Database, Transaction } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { provinceExists } from '../provinces/service.ts';
import { createDelegationsRepository } from './delegations-repository.ts';
import { findRegistrationWindow } from './edition-window.ts';
import type { Delegation, NewParticipant, Registration, RegistrationForm } from './model.ts';
import { createParticipantsRepository, type ParticipantsRepository } from './participants-repository.ts';
import { checkDelegationCapacity, checkRegistrationOpen, joinsDelegation } from './rules.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';

export type WriteContext = { actor: Actor | null; audit: AuditContext; now: Date };

/** Anyone may register for an open edition; the registration waits for the secretariat's decision. */
export async function registerParticipant(
  db: Database,
  context: WriteContext,
  editionId: string,
  form: RegistrationForm,
): Promise<Registration> {
  await assertRegistrationOpen(db, editionId, context.now);
  if (form.provinceId && !(await provinceExists(db, form.provinceId)))
    throw new AppError('province_not_found', { id: form.provinceId });
  return inTransaction(db, async (tx) => {
    const delegation = joinsDelegation(form.role, form.provinceId)
      ? await findProvinceDelegation(tx, editionId, form.provinceId!)
      : null;
    return insertRegistration(tx, context, editionId, delegation, form);
  });
}

/** A delegation's office registers its own people, under the same deadline and limits as the public. */
export async function registerDelegationMember(
  db: Database,
  context: WriteContext,
  delegationId: string,
  form: Omit<RegistrationForm, 'provinceId'>,
): Promise<Registration> {
  const delegation = await createDelegationsRepository(db).find(delegationId);
  if (!delegation) throw new AppError('delegation_not_found', { id: delegationId });
  if (!can(context.actor, 'delegation.register', { provinceId: delegation.provinceId }))
    throw new AppError('forbidden');
  await assertRegistrationOpen(db, delegation.editionId, context.now);
  return inTransaction(db, (tx) =>
    insertRegistration(tx, context, delegation.editionId, delegation, { ...form, provinceId: delegation.provinceId }),
  );
}

async function assertRegistrationOpen(db: Database, editionId: string, now: Date): Promise<void> {
  const window = await findRegistrationWindow(db, editionId);
  const open = checkRegistrationOpen(window, now);
  if (!open.ok)
    throw new AppError('registration_closed', { closedAt: open.closedAt.toISOString(), timeZone: window.timeZone });
}

async function findProvinceDelegation(tx: Transaction, editionId: string, provinceId: string): Promise<Delegation> {
  const delegation = await createDelegationsRepository(tx).findByProvince(editionId, provinceId);
  if (!delegation) throw new AppError('delegation_not_found', { id: provinceId });
  return delegation;
}

async function insertRegistration(
  tx: Transaction,
  context: WriteContext,
  editionId: string,
  delegation: Delegation | null,
  form: RegistrationForm,
): Promise<Registration> {
  const repo = createParticipantsRepository(tx);
  if (delegation) {
    await repo.lockDelegation(delegation.id);
    const capacity = checkDelegationCapacity(delegation, await repo.countLiveByRole(delegation.id), form.role);
    if (!capacity.ok) {
      throw capacity.code === 'delegation_head_taken'
        ? new AppError('delegation_head_taken')
        : new AppError('delegation_full', { limit: capacity.limit, role: capacity.role ?? 'total' });
    }
  }
  if (await repo.hasLiveEmail(editionId, form.email)) throw new AppError('participant_email_taken');
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
  await recordAudit(tx, context.audit, {
    action: 'registration.create',
    entityType: 'participant',
    entityId: created.id,
    after,
  });
  return after;
}

/** The database's unique indexes back the checks above against a race the lock does not cover. */
async function insertOrExplain(repo: ParticipantsRepository, participant: NewParticipant): Promise<Registration> {
  try {
    return await repo.insert(participant);
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === 'participants_delegation_head_key') throw new AppError('delegation_head_taken');
    if (constraint !== undefined) throw new AppError('participant_email_taken');
    throw error;
  }
}
