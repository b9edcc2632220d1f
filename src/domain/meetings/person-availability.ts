import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createAvailabilityRepository } from './availability-repository.ts';
import { normaliseWindows } from './availability-rules.ts';
import { instanceOf, isFixed, loadScheduleFacts, type ScheduleFacts } from './load-instance.ts';
import { canActForPerson, loadPeople, type Person, participantsOf } from './meeting-people.ts';
import { loadSettings, requireEdition, requireEditionDays } from './meeting-setup.ts';
import type { AvailabilityWindow, MeetingSettings } from './model.ts';
import { meetingsInTheWay } from './refusal-reasons.ts';
import { createSetupRepository } from './setup-repository.ts';
import { editionDays } from './slot-rules.ts';

export type PersonAvailability = {
  participantId: string;
  /** Null: every meeting hour of every day of the edition. */
  windows: AvailabilityWindow[] | null;
  days: string[];
  meetingHours: Pick<MeetingSettings, 'dayStartMinute' | 'dayEndMinute'>;
};

export type AvailabilityChange = PersonAvailability & {
  /** Provisional meetings of the person the new windows leave out: the next scheduler run moves them. */
  provisionalOutside: string[];
};

async function requirePersonOf(context: RequestContext, editionId: string, participantId: string): Promise<Person> {
  const { people } = await loadPeople(context, editionId, [participantId]);
  const person = people.get(participantId);
  if (!person || person.editionId !== editionId) throw new AppError('participant_not_found', { id: participantId });
  if (!canActForPerson(context.actor, person)) throw new AppError('forbidden');
  return person;
}

/** A person's windows, for them, their delegation's office and the secretariat. */
export async function getAvailability(
  context: RequestContext,
  editionId: string,
  participantId: string,
): Promise<PersonAvailability> {
  const edition = await requireEdition(context, editionId);
  await requirePersonOf(context, editionId, participantId);
  const settings = await loadSettings(context, editionId);
  return {
    participantId,
    windows: await createAvailabilityRepository(context.db).find(editionId, participantId),
    days: editionDays(edition.startsOn, edition.endsOn),
    meetingHours: { dayStartMinute: settings.dayStartMinute, dayEndMinute: settings.dayEndMinute },
  };
}

/** The person's meetings whose slot the windows no longer cover, those that never move apart. */
function meetingsOutside(facts: ScheduleFacts, participantId: string) {
  const person = instanceOf(facts, []).people.find((candidate) => candidate.id === participantId);
  if (!person) return { fixed: [], provisional: [] };
  const present = new Set([...person.availableSlotIds, ...person.blockedSlotIds]);
  const requestsOfPerson = new Set(
    facts.requests.filter((request) => participantsOf(request).includes(participantId)).map(({ id }) => id),
  );
  const outside = facts.meetings.filter(
    (meeting) => requestsOfPerson.has(meeting.requestId) && !present.has(meeting.slotId),
  );
  return { fixed: outside.filter(isFixed), provisional: outside.filter((meeting) => !isFixed(meeting)) };
}

/**
 * Sets when a person can meet (null: the whole summit). Meetings people were told of, or the
 * secretariat locked, never move on their own: windows that leave one out are refused, naming it.
 */
export async function setAvailability(
  context: WriteContext,
  editionId: string,
  participantId: string,
  windows: readonly AvailabilityWindow[] | null,
): Promise<AvailabilityChange> {
  const edition = await requireEdition(context, editionId);
  await requirePersonOf(context, editionId, participantId);
  const days = editionDays(edition.startsOn, edition.endsOn);
  for (const [at, window] of (windows ?? []).entries()) requireEditionDays(edition, [window.day], `windows.${at}.day`);
  await createSetupRepository(context.db).lockEdition(editionId);
  const repo = createAvailabilityRepository(context.db);
  const before = await repo.find(editionId, participantId);
  const after = windows ? normaliseWindows(windows) : null;
  if (after) await repo.save(editionId, participantId, after, context.actor!.userId, context.now);
  else await repo.remove(editionId, participantId);
  const facts = await loadScheduleFacts(context, editionId);
  const outside = meetingsOutside(facts, participantId);
  if (outside.fixed.length > 0) throw meetingsInTheWay('availability_clashes_meetings', facts, outside.fixed);
  await recordAudit(context, 'meeting_availability.change', 'participant', participantId, { before, after });
  return {
    participantId,
    windows: after,
    days,
    meetingHours: { dayStartMinute: facts.settings.dayStartMinute, dayEndMinute: facts.settings.dayEndMinute },
    provisionalOutside: outside.provisional.map((meeting) => meeting.id),
  };
}
