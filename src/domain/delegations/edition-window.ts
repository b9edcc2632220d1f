import type { RequestContext } from '../../platform/context/request-context.ts';
import { listEditions, requireVisibleEdition } from '../summit/service.ts';
import type { RegistrationWindow } from './model.ts';

/**
 * The edition's registration deadline and last day; edition_not_found when there is no such
 * edition or it is a draft and the reader not the secretariat: nobody else registers for it before it is published.
 */
export async function findRegistrationWindow(context: RequestContext, editionId: string): Promise<RegistrationWindow> {
  const edition = await requireVisibleEdition(context, editionId);
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
