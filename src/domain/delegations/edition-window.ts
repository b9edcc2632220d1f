import type { Executor } from '../../platform/db/client.ts';
import { getEdition, listEditions } from '../summit/service.ts';
import type { RegistrationWindow } from './model.ts';

// Summit's Edition type predates the registration deadline column; the row carries it all the same.
const closesAtOf = (edition: object): Date | null =>
  (edition as { registrationClosesAt?: Date | null }).registrationClosesAt ?? null;

/** The edition's registration deadline and last day; edition_not_found when there is no such edition. */
export async function findRegistrationWindow(db: Executor, editionId: string): Promise<RegistrationWindow> {
  const edition = await getEdition(db, editionId);
  return { endsOn: edition.endsOn, timeZone: edition.timeZone, registrationClosesAt: closesAtOf(edition) };
}

export async function listEditionWindows(db: Executor): Promise<({ id: string } & RegistrationWindow)[]> {
  return (await listEditions(db)).map((edition) => ({
    id: edition.id,
    endsOn: edition.endsOn,
    timeZone: edition.timeZone,
    registrationClosesAt: closesAtOf(edition),
  }));
}
