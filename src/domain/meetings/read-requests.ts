import type { RequestContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { isSecretariat } from '../../platform/identity/permissions.ts';
import { canActForSide, loadPeople, type PeopleDirectory, peopleOfRequests, sideOfActor } from './meeting-people.ts';
import { requireEdition } from './meeting-setup.ts';
import type { MeetingRequest, Side } from './model.ts';
import { createRequestsRepository } from './requests-repository.ts';

/** A request with the side the reader speaks for (null for the secretariat's overview). */
export type RequestForReader = { request: MeetingRequest; side: Side | null; canAnswer: boolean };

function forReader(
  context: RequestContext,
  request: MeetingRequest,
  directory: PeopleDirectory,
): RequestForReader | null {
  const secretariat = isSecretariat(context.actor);
  const side = secretariat ? null : sideOfActor(context.actor, request, directory);
  if (!secretariat && side === null) return null;
  const waiting = request.status === 'sent' || request.status === 'countered';
  const awaited = request.awaiting ? request[request.awaiting] : null;
  const speaksForAwaited = awaited !== null && (secretariat || canActForSide(context.actor, awaited, directory));
  return { request, side, canAnswer: waiting && speaksForAwaited };
}

/** The requests the reader's side sent or received; the secretariat sees every one. */
export async function listMeetingRequests(
  context: RequestContext,
  editionId: string,
): Promise<{ requests: RequestForReader[]; directory: PeopleDirectory }> {
  await requireEdition(context, editionId);
  const all = await createRequestsRepository(context.db).list(editionId);
  const directory = await loadPeople(context, editionId, peopleOfRequests(all));
  const requests = all.flatMap((request) => forReader(context, request, directory) ?? []);
  return { requests, directory };
}

export async function getMeetingRequest(
  context: RequestContext,
  id: string,
): Promise<{ request: RequestForReader; directory: PeopleDirectory }> {
  const found = await createRequestsRepository(context.db).find(id);
  if (!found) throw new AppError('meeting_request_not_found', { id });
  const directory = await loadPeople(context, found.editionId, peopleOfRequests([found]));
  const request = forReader(context, found, directory);
  if (!request) throw new AppError('meeting_request_not_found', { id });
  return { request, directory };
}
