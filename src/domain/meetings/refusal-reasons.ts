import { AppError } from '../../platform/errors/app-error.ts';
import {
  dayParam,
  instantParam,
  listParam,
  type MessageParams,
  phraseParam,
  textParam,
  writtenTextParam,
} from '../../platform/errors/message-params.ts';
import type { ScheduleFacts } from './load-instance.ts';
import { nameOf } from './meeting-people.ts';
import type { MeetingSlot, ScheduledMeeting } from './model.ts';
import type { InfeasibilityReason } from './scheduler/feasibility-rules.ts';
import { editionDays } from './slot-rules.ts';

/** One reason as the client gets it: its code and the ids of what stands in the way. */
export type ReasonMember = {
  code: InfeasibilityReason['code'];
  participantId?: string;
  sessionId?: string;
  requestId?: string;
  meetingId?: string;
  roomId?: string;
  interpreterId?: string;
};

type Described = { member: ReasonMember; params: MessageParams };

/** The session that takes the person in the slot, for "… is at the session «Panel 2» then". */
function sessionInTheWay(facts: ScheduleFacts, personId: string, slot: MeetingSlot) {
  const busy = facts.busy.find(
    (entry) => entry.participantId === personId && entry.startsAt < slot.endsAt && slot.startsAt < entry.endsAt,
  );
  return busy ? facts.sessions.find((session) => session.id === busy.sessionId) : undefined;
}

function meetingParams(facts: ScheduleFacts, requestId: string) {
  const request = facts.requests.find((candidate) => candidate.id === requestId);
  const meeting = facts.meetings.find((candidate) => candidate.requestId === requestId);
  return {
    member: { requestId, ...(meeting && { meetingId: meeting.id }) },
    meeting: writtenTextParam(request?.topic ?? requestId),
  };
}

function describe(facts: ScheduleFacts, slot: MeetingSlot, reason: InfeasibilityReason): Described {
  const room = (id: string) => textParam(facts.rooms.find((candidate) => candidate.id === id)?.name ?? {});
  const interpreter = (id: string) => facts.interpreters.find((candidate) => candidate.id === id)?.name ?? id;
  const days = editionDays(facts.edition.startsOn, facts.edition.endsOn);
  switch (reason.code) {
    case 'locked':
    case 'already_scheduled': {
      const { member, meeting } = meetingParams(facts, reason.requestId);
      return { member: { code: reason.code, ...member }, params: { meeting } };
    }
    case 'outside_preferred_days':
      return {
        member: { code: reason.code, requestId: reason.requestId },
        params: { day: dayParam(days[reason.day] ?? '') },
      };
    case 'person_unavailable':
      return {
        member: { code: reason.code, participantId: reason.personId },
        params: { person: nameOf(facts.directory, reason.personId) },
      };
    case 'person_blocked_by_session': {
      const session = sessionInTheWay(facts, reason.personId, slot);
      return {
        member: { code: reason.code, participantId: reason.personId, ...(session && { sessionId: session.id }) },
        params: { person: nameOf(facts.directory, reason.personId), session: textParam(session?.title ?? {}) },
      };
    }
    case 'person_busy':
    case 'travel_too_short': {
      const { member, meeting } = meetingParams(facts, reason.requestId);
      const minutes: MessageParams =
        reason.code === 'travel_too_short'
          ? { minutesNeeded: reason.minutesNeeded, minutesAvailable: reason.minutesAvailable }
          : {};
      return {
        member: { code: reason.code, participantId: reason.personId, ...member },
        params: { person: nameOf(facts.directory, reason.personId), meeting, ...minutes },
      };
    }
    case 'daily_maximum_reached':
      return {
        member: { code: reason.code, participantId: reason.personId },
        params: { person: nameOf(facts.directory, reason.personId), maximum: reason.maximum },
      };
    case 'room_wrong_kind':
    case 'room_unavailable':
      return { member: { code: reason.code, roomId: reason.roomId }, params: { room: room(reason.roomId) } };
    case 'room_too_small':
      return {
        member: { code: reason.code, roomId: reason.roomId },
        params: { room: room(reason.roomId), capacity: reason.capacity, needed: reason.needed },
      };
    case 'room_taken': {
      const { member, meeting } = meetingParams(facts, reason.requestId);
      return {
        member: { code: reason.code, roomId: reason.roomId, ...member },
        params: { room: room(reason.roomId), meeting },
      };
    }
    case 'interpreter_missing':
      return { member: { code: reason.code }, params: {} };
    case 'interpreter_cannot_cover_pair':
    case 'interpreter_unavailable':
      return {
        member: { code: reason.code, interpreterId: reason.interpreterId },
        params: { interpreter: interpreter(reason.interpreterId) },
      };
    case 'interpreter_taken': {
      const { member, meeting } = meetingParams(facts, reason.requestId);
      return {
        member: { code: reason.code, interpreterId: reason.interpreterId, ...member },
        params: { interpreter: interpreter(reason.interpreterId), meeting },
      };
    }
  }
}

/**
 * The scheduler's reasons as a problem: the detail names each one in the reader's words (the session
 * the governor speaks at, the meeting holding the room), the `reasons` member carries their ids.
 */
export function refusalOf(
  code: 'meeting_move_refused' | 'meeting_lock_conflict',
  facts: ScheduleFacts,
  slot: MeetingSlot,
  reasons: readonly InfeasibilityReason[],
): AppError {
  const described = reasons.map((reason) => describe(facts, slot, reason));
  return new AppError(
    code,
    {
      slot: instantParam(slot.startsAt, facts.edition.timeZone),
      reasons: listParam(described.map(({ member, params }) => phraseParam(`meetingConflict.${member.code}`, params))),
    },
    { members: { reasons: described.map(({ member }) => member) } },
  );
}

/**
 * Meetings that stand in the way of a change (of a person's hours, a room, an interpreter): the
 * detail names each «topic» and its time in time order, the `meetingIds` member carries their ids.
 */
export function meetingsInTheWay(
  code: 'availability_clashes_meetings' | 'meeting_room_in_use' | 'interpreter_in_use',
  facts: ScheduleFacts,
  meetings: readonly ScheduledMeeting[],
): AppError {
  const startOf = (meeting: ScheduledMeeting) => facts.slots.find((slot) => slot.id === meeting.slotId)!.startsAt;
  const inTimeOrder = [...meetings].sort((a, b) => startOf(a).getTime() - startOf(b).getTime());
  const described = inTimeOrder.map((meeting) =>
    phraseParam('availability.meetingAt', {
      meeting: meetingParams(facts, meeting.requestId).meeting,
      slot: instantParam(startOf(meeting), facts.edition.timeZone),
    }),
  );
  return new AppError(
    code,
    { meetings: listParam(described) },
    { members: { meetingIds: inTimeOrder.map(({ id }) => id) } },
  );
}
