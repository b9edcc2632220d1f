import type { RequestContext } from '../../platform/context/request-context.ts';
import { readAll } from '../../platform/db/read-all.ts';
import { isSecretariat } from '../../platform/identity/permissions.ts';
import { loadPeople, type PeopleDirectory, peopleOfRequests, sideOfActor } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import { requireEdition } from './meeting-setup.ts';
import type { MeetingInterpreter, MeetingRequest, MeetingRoom, MeetingSlot, ScheduledMeeting } from './model.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { createSetupRepository } from './setup-repository.ts';

export type MeetingWithRequest = { meeting: ScheduledMeeting; request: MeetingRequest };

/** The grid of an edition: its slots, rooms and tables, interpreters, and the meetings the reader may see. */
export type MeetingGrid = {
  slots: MeetingSlot[];
  rooms: MeetingRoom[];
  interpreters: MeetingInterpreter[];
  meetings: MeetingWithRequest[];
  directory: PeopleDirectory;
};

/** The edition's meetings with their requests: all of them, or only the published ones. */
export async function listMeetingsWithRequests(
  context: RequestContext,
  editionId: string,
  publishedOnly: boolean,
): Promise<MeetingWithRequest[]> {
  const meetings = await createMeetingsRepository(context.db).list(editionId, publishedOnly ? 'published' : undefined);
  const requests = await createRequestsRepository(context.db).findMany(meetings.map((meeting) => meeting.requestId));
  const byId = new Map(requests.map((request) => [request.id, request]));
  return meetings.map((meeting) => ({ meeting, request: byId.get(meeting.requestId)! }));
}

/**
 * The secretariat sees every meeting, provisional or published; anyone else the published meetings
 * of the sides they speak for. Nobody outside a meeting sees it before it is published.
 */
export async function readMeetingGrid(context: RequestContext, editionId: string): Promise<MeetingGrid> {
  await requireEdition(context, editionId);
  const setup = createSetupRepository(context.db);
  const secretariat = isSecretariat(context.actor);
  const [slots, rooms, interpreters, all] = await readAll(context.db, [
    () => setup.listSlots(editionId),
    () => setup.listRooms(editionId),
    () => setup.listInterpreters(editionId),
    () => listMeetingsWithRequests(context, editionId, !secretariat),
  ]);
  const directory = await loadPeople(context, editionId, peopleOfRequests(all.map((entry) => entry.request)));
  const meetings = secretariat
    ? all
    : all.filter((entry) => sideOfActor(context.actor, entry.request, directory) !== null);
  return { slots, rooms, interpreters, meetings, directory };
}
