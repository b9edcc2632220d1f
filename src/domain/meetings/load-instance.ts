import type { WriteContext } from '../../platform/context/request-context.ts';
import { readAll } from '../../platform/db/read-all.ts';
import type { SessionDetail } from '../programme/model.ts';
import { listSessionAttendees } from '../programme/read-programme.ts';
import type { Edition } from '../summit/model.ts';
import { type BusyTime, buildSchedulingInstance } from './instance-rules.ts';
import { loadPeople, type PeopleDirectory, peopleOfRequests } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import { ensureSlots, loadSettings, requireEdition } from './meeting-setup.ts';
import { createAvailabilityRepository } from './availability-repository.ts';
import type {
  AvailabilityWindow,
  MeetingInterpreter,
  MeetingRequest,
  MeetingRoom,
  MeetingSettings,
  MeetingSlot,
  Placement,
  ScheduledMeeting,
} from './model.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { indexInstance } from './scheduler/instance-index.ts';
import type { SchedulingInstance } from './scheduler/model.ts';
import { createState, NONE, placeMeeting, type ScheduleState } from './scheduler/schedule-state.ts';
import { createSetupRepository } from './setup-repository.ts';

/** An edition's schedule as the database holds it, with what the scheduler and its refusals need. */
export type ScheduleFacts = {
  edition: Edition;
  settings: MeetingSettings;
  slots: MeetingSlot[];
  rooms: MeetingRoom[];
  interpreters: MeetingInterpreter[];
  /** The accepted requests: those the schedule is for. */
  requests: MeetingRequest[];
  meetings: ScheduledMeeting[];
  directory: PeopleDirectory;
  /** Availability windows by person, for those who gave them. */
  availability: Map<string, AvailabilityWindow[]>;
  busy: BusyTime[];
  sessions: SessionDetail[];
};

export async function loadScheduleFacts(context: WriteContext, editionId: string): Promise<ScheduleFacts> {
  const edition = await requireEdition(context, editionId);
  const settings = await loadSettings(context, editionId);
  const slots = await ensureSlots(context, edition, settings);
  const setup = createSetupRepository(context.db);
  const [rooms, interpreters, requests, meetings, programme, availability] = await readAll(context.db, [
    () => setup.listRooms(editionId),
    () => setup.listInterpreters(editionId),
    () => createRequestsRepository(context.db).list(editionId, ['accepted']),
    () => createMeetingsRepository(context.db).list(editionId),
    () => listSessionAttendees(context, editionId),
    () => createAvailabilityRepository(context.db).listByPerson(editionId),
  ]);
  const directory = await loadPeople(context, editionId, peopleOfRequests(requests));
  const sessions = new Map(programme.sessions.map((session) => [session.id, session]));
  const busy = programme.attendees.flatMap((attendee) => {
    const session = sessions.get(attendee.sessionId);
    if (!session || !directory.people.has(attendee.participantId)) return [];
    return [{ ...attendee, startsAt: session.startsAt, endsAt: session.endsAt }];
  });
  return {
    edition,
    settings,
    slots,
    rooms,
    interpreters,
    requests,
    meetings,
    directory,
    availability,
    busy,
    sessions: programme.sessions,
  };
}

export const placementOf = ({ slotId, roomId, interpreterId }: Placement): Placement => ({
  slotId,
  roomId,
  interpreterId,
});

/** The scheduler's instance of the facts, with the given meetings held where they are. */
export function instanceOf(facts: ScheduleFacts, fixed: readonly ScheduledMeeting[]): SchedulingInstance {
  return buildSchedulingInstance({
    edition: facts.edition,
    settings: facts.settings,
    slots: facts.slots,
    people: [...facts.directory.people.values()],
    availability: facts.availability,
    busy: facts.busy,
    rooms: facts.rooms,
    interpreters: facts.interpreters,
    requests: facts.requests,
    provinceOfDelegation: facts.directory.provinceOfDelegation,
    fixed: new Map(fixed.map((meeting) => [meeting.requestId, placementOf(meeting)])),
  });
}

/** Whether the scheduler must leave the meeting where it is: the secretariat locked it, or people were told. */
export const isFixed = (meeting: ScheduledMeeting) => meeting.locked || meeting.state === 'published';

/**
 * The schedule as the solver sees it, with the kept meetings in their places: every other one for a
 * move, only those that never move for a lock, all but a room's or interpreter's for a change to it.
 */
export function scheduleStateWith(facts: ScheduleFacts, keep: (meeting: ScheduledMeeting) => boolean): ScheduleState {
  const index = indexInstance(instanceOf(facts, []));
  const state = createState(index);
  for (const meeting of facts.meetings) {
    if (!keep(meeting)) continue;
    const request = index.requestPosition.get(meeting.requestId);
    const slot = index.slotPosition.get(meeting.slotId);
    const room = index.roomPosition.get(meeting.roomId);
    if (request === undefined || slot === undefined || room === undefined) continue;
    const interpreter = meeting.interpreterId ? (index.interpreterPosition.get(meeting.interpreterId) ?? NONE) : NONE;
    placeMeeting(state, request, slot, room, interpreter);
  }
  return state;
}
