import { type CalendarEvent, writeCalendarFile } from '../../platform/calendar/calendar-file.ts';
import type { RequestContext } from '../../platform/context/request-context.ts';
import { readAll } from '../../platform/db/read-all.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { textIn } from '../../platform/i18n/localized-text.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import { sessionEvent } from '../programme/calendar-file.ts';
import type { SessionAttendee, SessionDetail } from '../programme/model.ts';
import { listSessionAttendees } from '../programme/read-programme.ts';
import { canActForPerson, loadPeople, type Person, participantsOf, peopleOfRequests } from './meeting-people.ts';
import { requireEdition } from './meeting-setup.ts';
import type { MeetingInterpreter, MeetingRoom, MeetingSlot, ScheduledMeeting } from './model.ts';
import { listMeetingsWithRequests } from './read-meetings.ts';
import type { MeetingKind } from './scheduler/model.ts';
import { createSetupRepository } from './setup-repository.ts';

export type AgendaMeeting = {
  kind: 'meeting';
  meeting: ScheduledMeeting;
  meetingKind: MeetingKind;
  topic: string;
  isDemo: boolean;
  slot: MeetingSlot;
  room: MeetingRoom | null;
  interpreter: MeetingInterpreter | null;
  /** The people of the other side. */
  counterparts: Person[];
};

export type AgendaSession = { kind: 'session'; session: SessionDetail; role: SessionAttendee['role'] };

export type AgendaItem = AgendaMeeting | AgendaSession;

/** One person's days: their published meetings and the programme sessions they attend, in time order. */
export type Agenda = { person: Person; editionId: string; timeZone: string; items: AgendaItem[] };

const startOf = (item: AgendaItem) => (item.kind === 'meeting' ? item.slot.startsAt : item.session.startsAt);

/** The person themself, their delegation's office and the secretariat read an agenda; nobody else. */
export async function readAgenda(context: RequestContext, participantId: string): Promise<Agenda> {
  const participant = await findParticipant(context, participantId);
  if (!participant) throw new AppError('participant_not_found', { id: participantId });
  const editionId = participant.editionId;
  const own = await loadPeople(context, editionId, [participantId]);
  const person = own.people.get(participantId)!;
  if (!canActForPerson(context.actor, person)) throw new AppError('forbidden');
  const edition = await requireEdition(context, editionId);
  const setup = createSetupRepository(context.db);
  const [published, slots, rooms, interpreters, programme] = await readAll(context.db, [
    () => listMeetingsWithRequests(context, editionId, true),
    () => setup.listSlots(editionId),
    () => setup.listRooms(editionId),
    () => setup.listInterpreters(editionId),
    () => listSessionAttendees(context, editionId),
  ]);
  const mine = published.filter(({ request }) => participantsOf(request).includes(participantId));
  const directory = await loadPeople(context, editionId, peopleOfRequests(mine.map(({ request }) => request)));
  const meetings = mine.map(({ meeting, request }): AgendaMeeting => {
    const other = request.requester.participantIds.includes(participantId) ? request.receiver : request.requester;
    return {
      kind: 'meeting',
      meeting,
      meetingKind: request.kind,
      topic: request.topic,
      isDemo: request.isDemo,
      slot: slots.find((slot) => slot.id === meeting.slotId)!,
      room: rooms.find((room) => room.id === meeting.roomId) ?? null,
      interpreter: interpreters.find((interpreter) => interpreter.id === meeting.interpreterId) ?? null,
      counterparts: other.participantIds.flatMap((id) => directory.people.get(id) ?? []),
    };
  });
  const sessions = programme.attendees
    .filter((attendee) => attendee.participantId === participantId)
    .flatMap((attendee): AgendaSession[] => {
      const session = programme.sessions.find((candidate) => candidate.id === attendee.sessionId);
      return session ? [{ kind: 'session', session, role: attendee.role }] : [];
    });
  const items = [...meetings, ...sessions].sort((a, b) => startOf(a).getTime() - startOf(b).getTime());
  return { person, editionId, timeZone: edition.timeZone, items };
}

const nameIn = (person: Person, locale: Locale) =>
  person.nameLanguage === locale ? person.nameNative : person.nameLatin || person.nameNative;

function meetingEvent(item: AgendaMeeting, locale: Locale): CalendarEvent {
  const description = [
    item.counterparts.map((person) => nameIn(person, locale)).join(', '),
    item.interpreter?.name ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  const room: LocalizedText = item.room?.name ?? {};
  return {
    uid: `${item.meeting.id}@caspian-bridge`,
    startsAt: item.slot.startsAt,
    endsAt: item.slot.endsAt,
    title: item.topic,
    ...(description && { description }),
    ...(item.room && { location: textIn(room, locale) }),
  };
}

/** The agenda as an iCalendar file: meetings titled by their topic, sessions as the programme's file has them. */
export function writeAgendaCalendar(agenda: Agenda, locale: Locale, now: Date): string {
  return writeCalendarFile(
    agenda.items.map((item) =>
      item.kind === 'meeting' ? meetingEvent(item, locale) : sessionEvent(item.session, locale),
    ),
    { productId: 'caspian-bridge/meetings', calendarName: nameIn(agenda.person, locale), now },
  );
}
