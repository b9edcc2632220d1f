import { recordAudit } from '../../platform/audit/record-audit.ts';
import { inTransaction, type RequestContext, type WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { getEdition } from '../summit/service.ts';
import { canChangeRegistration } from './decide-registration.ts';
import { listEditionWindows } from './edition-window.ts';
import type { Registration, VisaLetterRequest } from './model.ts';
import { createParticipantsRepository } from './participants-repository.ts';
import { endedEditionIds } from './rules.ts';

export type VisaLetterEntry = VisaLetterRequest & { participant: Registration };

/** Passport data is for the secretariat's visa desk alone (visa.read), never for delegations or the public. */
export async function listVisaLetters(context: RequestContext, editionId: string): Promise<VisaLetterEntry[]> {
  requirePermission(context.actor, 'visa.read');
  await getEdition(context, editionId);
  return createParticipantsRepository(context.db).listVisaRequests(editionId);
}

/** Deletes a participant's passport data on their request, through the secretariat or their delegation's office. */
export async function deleteVisaLetter(context: WriteContext, participantId: string): Promise<void> {
  const repo = createParticipantsRepository(context.db);
  const registration = await repo.findRegistration(participantId);
  if (!registration) throw new AppError('participant_not_found', { id: participantId });
  if (!canChangeRegistration(context.actor, registration)) throw new AppError('forbidden');
  if (!(await repo.deleteVisaRequest(participantId))) throw new AppError('visa_request_not_found');
  await recordAudit(context, 'visa_letter.delete', 'participant', participantId);
}

/**
 * Passport data is kept no longer than the edition it was given for: once an edition's last day
 * is over, every visa letter request of it is deleted. Runs from the hourly housekeeping, which has
 * no route to open a transaction: the job opens its own, and only when an edition has ended, so
 * that most hourly runs only read.
 */
export async function purgeVisaDataOfEndedEditions(context: RequestContext): Promise<number> {
  const ended = endedEditionIds(await listEditionWindows(context), context.now);
  if (ended.length === 0) return 0;
  return inTransaction(context, async (write) => {
    const purged = await createParticipantsRepository(write.db).deleteVisaRequestsOfEditions(ended);
    if (purged > 0) {
      await recordAudit(write, 'visa_letter.purge', 'edition', ended.join(','), { after: { purged } });
    }
    return purged;
  });
}
