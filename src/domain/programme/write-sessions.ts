import { recordAudit } from '../../platform/audit/record-audit.ts';
import { removeFromIndex } from '../search/index-documents.ts';
import { indexSession } from './search-documents.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError, invalidFields } from '../../platform/errors/app-error.ts';
import { textParam } from '../../platform/errors/message-params.ts';
import type { LocalizedText } from '../../platform/i18n/localized-text.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition, listPanelIds } from '../summit/service.ts';
import type { SessionChanges, SessionDetail, SessionFields, SessionPerson, TimeRange } from './model.ts';
import { getSession } from './read-programme.ts';
import { createProgrammeRepository } from './repository.ts';
import type { SessionConflictView } from './schema.ts';
import { conflictTimes, findPersonConflict, findRoomConflict, isWithinEdition } from './rules.ts';

export async function createSession(
  context: WriteContext,
  editionId: string,
  fields: SessionFields,
): Promise<SessionDetail> {
  requirePermission(context.actor, 'programme.edit');
  const edition = await findEdition(context, editionId);
  if (!edition) throw new AppError('edition_not_found', { id: editionId });
  const repo = createProgrammeRepository(context.db);
  await repo.lockEdition(editionId);
  const people = peopleOf(fields);
  await checkReferences(context, edition, fields, people);
  await checkTimetable(context, edition, { ...fields, id: undefined, people });
  const { moderatorIds: _moderators, speakerIds: _speakers, ...row } = fields;
  const created = await repo.insertSession(
    { ...row, editionId, isDemo: false, createdAt: context.now, updatedAt: context.now },
    people,
  );
  const after = await getSession(context, created.id);
  await recordAudit(context, 'session.create', 'programme_session', created.id, { after });
  await indexSession(context, after, edition);
  return after;
}

export async function changeSession(
  context: WriteContext,
  id: string,
  changes: SessionChanges,
): Promise<SessionDetail> {
  requirePermission(context.actor, 'programme.edit');
  const repo = createProgrammeRepository(context.db);
  const found = await repo.findSession(id);
  if (!found) throw new AppError('session_not_found', { id });
  await repo.lockEdition(found.editionId);
  const before = await getSession(context, id);
  const edition = (await findEdition(context, before.editionId))!;
  const merged: SessionFields = {
    ...before,
    moderatorIds: before.people.filter((person) => person.role === 'moderator').map((person) => person.participantId),
    speakerIds: before.people.filter((person) => person.role === 'speaker').map((person) => person.participantId),
    ...changes,
  };
  if (merged.endsAt <= merged.startsAt) throw invalidFields([{ path: 'endsAt', code: 'ends_before_start' }]);
  const people = peopleOf(merged);
  await checkReferences(context, edition, merged, people);
  await checkTimetable(context, edition, { ...merged, id, people });
  const { moderatorIds, speakerIds, ...row } = changes;
  const peopleChanged = moderatorIds !== undefined || speakerIds !== undefined;
  // A session the secretariat has edited is its own, no longer the invented one it was copied from.
  await repo.updateSession(id, { ...row, isDemo: false, updatedAt: context.now }, peopleChanged ? people : null);
  const after = await getSession(context, id);
  await recordAudit(context, 'session.change', 'programme_session', id, { before, after });
  await indexSession(context, after, edition);
  return after;
}

export async function deleteSession(context: WriteContext, id: string): Promise<void> {
  requirePermission(context.actor, 'programme.edit');
  const repo = createProgrammeRepository(context.db);
  const before = await repo.findSession(id);
  if (!before) throw new AppError('session_not_found', { id });
  await repo.deleteSession(id);
  await recordAudit(context, 'session.delete', 'programme_session', id, { before });
  await removeFromIndex(context, 'session', [id]);
}

/** Moderators first; someone listed twice is kept once, in the first role given. */
function peopleOf(fields: Pick<SessionFields, 'moderatorIds' | 'speakerIds'>): SessionPerson[] {
  const people = new Map<string, SessionPerson>();
  for (const participantId of fields.moderatorIds)
    if (!people.has(participantId)) people.set(participantId, { participantId, role: 'moderator' });
  for (const participantId of fields.speakerIds)
    if (!people.has(participantId)) people.set(participantId, { participantId, role: 'speaker' });
  return [...people.values()];
}

async function checkReferences(
  context: WriteContext,
  edition: Edition,
  fields: SessionFields,
  people: SessionPerson[],
): Promise<void> {
  if (fields.roomId) {
    const room = await createProgrammeRepository(context.db).findRoom(fields.roomId);
    if (!room || room.editionId !== edition.id) {
      throw new AppError('room_not_found', { id: fields.roomId }, { field: 'roomId' });
    }
  }
  if (fields.panelId && !(await listPanelIds(context, edition.id)).includes(fields.panelId)) {
    throw invalidFields([{ path: 'panelId', code: 'unknown_panel' }]);
  }
  for (const { participantId, role } of people) {
    const participant = await findParticipant(context, participantId);
    if (!participant || participant.editionId !== edition.id) {
      const field = role === 'moderator' ? 'moderatorIds' : 'speakerIds';
      throw new AppError('participant_not_found', { id: participantId }, { field });
    }
  }
}

type Candidate = Pick<SessionFields, 'roomId' | 'startsAt' | 'endsAt'> & {
  id: string | undefined;
  people: SessionPerson[];
};

type BookedSession = TimeRange & { id: string; title: LocalizedText };

/**
 * Refuses a session outside the edition's days, in a room already taken or with a person already
 * busy. Runs under the edition's advisory lock, so the sessions read here cannot change before the
 * write commits.
 */
async function checkTimetable(context: WriteContext, edition: Edition, candidate: Candidate): Promise<void> {
  if (!isWithinEdition(candidate, edition))
    throw new AppError('session_outside_edition', { startsOn: edition.startsOn, endsOn: edition.endsOn });
  const booked = await createProgrammeRepository(context.db).listSessions(edition.id);
  const roomConflict = findRoomConflict(candidate, booked);
  if (roomConflict) throw roomDoubleBooked(roomConflict, edition.timeZone);
  const personConflict = findPersonConflict(
    { ...candidate, participantIds: candidate.people.map((person) => person.participantId) },
    booked,
  );
  if (personConflict) {
    const participant = await findParticipant(context, personConflict.participantId);
    const person = participant ? participant.nameLatin : personConflict.participantId;
    throw personDoubleBooked(personConflict.session, personConflict.participantId, person, edition.timeZone);
  }
}

/**
 * The detail names the session in the way, its title in the reader's language; the session itself
 * goes along as the `conflict` member (SessionConflict in schema.ts), so the editor can point at it.
 */
function roomDoubleBooked(session: BookedSession, timeZone: string): AppError {
  return new AppError(
    'room_double_booked',
    { ...conflictTimes(session, timeZone), conflictTitle: textParam(session.title) },
    { members: { conflict: conflictOf(session) } },
  );
}

function personDoubleBooked(session: BookedSession, participantId: string, person: string, timeZone: string): AppError {
  return new AppError(
    'person_double_booked',
    { person, ...conflictTimes(session, timeZone), conflictTitle: textParam(session.title) },
    { members: { conflict: { ...conflictOf(session), participantId } } },
  );
}

function conflictOf(session: BookedSession): SessionConflictView {
  return {
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
  };
}
