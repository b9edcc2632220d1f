import type { RequestContext } from '../../platform/context/request-context.ts';
import { getEdition, listEditions } from '../summit/service.ts';
import type { RegistrationWindow } from './model.ts';

/** The edition's registration deadline and last day; edition_not_found when there is no such edition. */
export async function findRegistrationWindow(context: RequestContext, editionId: string): Promise<RegistrationWindow> {
  const edition = await getEdition(context, editionId);
  return { endsOn: edition.endsOn, timeZone: edition.timeZone, registrationClosesAt: edition.registrationClosesAt };
}

export async function listEditionWindows(context: RequestContext): Promise<({ id: string } & RegistrationWindow)[]> {
  return (await listEditions(context)).map((edition) => ({
    id: edition.id,
    endsOn: edition.endsOn,
    timeZone: edition.timeZone,
    registrationClosesAt: edition.registrationClosesAt,
  }));
}
