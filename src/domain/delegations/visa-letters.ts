import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import { getEdition } from '../summit/service.ts';
import { canChangeRegistration } from './decide-registration.ts';
import { listEditionWindows } from './edition-window.ts';
import type { Registration, VisaLetterRequest } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';
import type { WriteContext } from './register-participant.ts';
import { endedEditionIds } from './rules.ts';

export type VisaLetterEntry = VisaLetterRequest & { participant: Registration };

/** Passport data is for the secretariat's visa desk alone (visa.read), never for delegations or the public. */
export async function listVisaLetters(
  db: Executor,
  actor: Actor | null,
  editionId: string,
): Promise<VisaLetterEntry[]> {
  if (!can(actor, 'visa.read')) throw new AppError('forbidden');
  await getEdition(db, editionId);
  return createParticipantsRepository(db).listVisaRequests(editionId);
}

/** Deletes a participant's passport data on their request, through the secretariat or their delegation's office. */
export async function deleteVisaLetter(db: Database, context: WriteContext, participantId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const repo = createParticipantsRepository(tx);
    const registration = await repo.findRegistration(participantId);
    if (!registration) throw new AppError('participant_not_found', { id: participantId });
    if (!canChangeRegistration(context.actor, registration)) throw new AppError('forbidden');
    if (!(await repo.deleteVisaRequest(participantId))) throw new AppError('visa_request_not_found');
    await recordAudit(tx, context.audit, {
      action: 'visa_letter.delete',
      entityType: 'participant',
      entityId: participantId,
    });
  });
}

/**
 * Passport data is kept no longer than the edition it was given for: once an edition's last day
 * is over, every visa letter request of it is deleted. Runs from the hourly housekeeping.
 */
export async function purgeVisaDataOfEndedEditions(db: Database, now: Date): Promise<number> {
  const ended = endedEditionIds(await listEditionWindows(db), now);
  if (ended.length === 0) return 0;
  return inTransaction(db, async (tx) => {
    const purged = await createParticipantsRepository(tx).deleteVisaRequestsOfEditions(ended);
    if (purged > 0) {
      const audit = { actorUserId: null, actorEmail: null, requestId: null };
      await recordAudit(tx, audit, {
        action: 'visa_letter.purge',
        entityType: 'edition',
        entityId: ended.join(','),
        after: { purged },
      });
    }
    return purged;
  });
}
