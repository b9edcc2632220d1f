import type { Agenda } from './agenda.ts';
import type { PeopleDirectory } from './meeting-people.ts';
import type { MeetingNotice, MeetingRequest, MeetingSlot, RequestSide, ScheduledMeeting, Side } from './model.ts';
import type { RequestForReader } from './read-requests.ts';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

function sideView(side: RequestSide, directory: PeopleDirectory) {
  return {
    delegationId: side.delegationId,
    provinceId: side.delegationId ? (directory.provinceOfDelegation.get(side.delegationId) ?? null) : null,
    people: side.participantIds.map((participantId) => {
      const person = directory.people.get(participantId);
      return {
        participantId,
        nameNative: person?.nameNative ?? '',
        nameLatin: person?.nameLatin ?? '',
        role: person?.role ?? '',
      };
    }),
    languages: side.languages,
  };
}

export const toRequestView = ({ request, side, canAnswer }: RequestForReader, directory: PeopleDirectory) => ({
  id: request.id,
  editionId: request.editionId,
  kind: request.kind,
  priority: request.priority,
  topic: request.topic,
  preferredDays: request.preferredDays,
  requester: sideView(request.requester, directory),
  receiver: sideView(request.receiver, directory),
  source: request.source,
  status: request.status,
  awaiting: request.awaiting,
  reason: request.reason,
  counterDays: request.counterDays,
  counterTopic: request.counterTopic,
  createdAt: request.createdAt.toISOString(),
  answeredAt: iso(request.answeredAt),
  side,
  canAnswer,
  isDemo: request.isDemo,
});

function attendees(request: MeetingRequest, directory: PeopleDirectory) {
  const of = (side: Side) =>
    request[side].participantIds.map((participantId) => {
      const person = directory.people.get(participantId);
      return { participantId, nameNative: person?.nameNative ?? '', nameLatin: person?.nameLatin ?? '', side };
    });
  return [...of('requester'), ...of('receiver')];
}

export const toMeetingView = (meeting: ScheduledMeeting, request: MeetingRequest, directory: PeopleDirectory) => ({
  id: meeting.id,
  editionId: meeting.editionId,
  requestId: meeting.requestId,
  slotId: meeting.slotId,
  roomId: meeting.roomId,
  interpreterId: meeting.interpreterId,
  kind: request.kind,
  priority: request.priority,
  topic: request.topic,
  people: attendees(request, directory),
  locked: meeting.locked,
  state: meeting.state,
  outcome: meeting.outcome,
  outcomeNotes: meeting.outcomeNotes,
  followUp: meeting.followUp,
  publishedAt: iso(meeting.publishedAt),
  isDemo: request.isDemo,
});

export const toSlotView = (slot: MeetingSlot) => ({
  id: slot.id,
  day: slot.day,
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
});

export const toNoticeView = (notice: MeetingNotice) => ({
  id: notice.id,
  participantId: notice.participantId,
  meetingId: notice.meetingId,
  requestId: notice.requestId,
  kind: notice.kind,
  createdAt: notice.createdAt.toISOString(),
  readAt: iso(notice.readAt),
});

export const toAgendaView = (agenda: Agenda) => ({
  participantId: agenda.person.id,
  nameNative: agenda.person.nameNative,
  nameLatin: agenda.person.nameLatin,
  editionId: agenda.editionId,
  timeZone: agenda.timeZone,
  items: agenda.items.map((item) =>
    item.kind === 'meeting'
      ? {
          kind: 'meeting' as const,
          id: item.meeting.id,
          startsAt: item.slot.startsAt.toISOString(),
          endsAt: item.slot.endsAt.toISOString(),
          meetingKind: item.meetingKind,
          topic: item.topic,
          place: item.room?.name ?? null,
          interpreter: item.interpreter?.name ?? null,
          counterparts: item.counterparts.map((person) => ({
            participantId: person.id,
            nameNative: person.nameNative,
            nameLatin: person.nameLatin,
            position: person.position,
          })),
          isDemo: item.isDemo,
        }
      : {
          kind: 'session' as const,
          id: item.session.id,
          startsAt: item.session.startsAt.toISOString(),
          endsAt: item.session.endsAt.toISOString(),
          title: item.session.title,
          place: item.session.roomName,
          role: item.role,
        },
  ),
});
