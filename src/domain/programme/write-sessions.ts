import type { Database, Executor } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../accounts/model.ts';
import { can } from '../accounts/permissions.ts';
import type { AuditContext } from '../audit/model.ts';
import { recordAudit } from '../audit/service.ts';
import { findParticipant } from '../delegations/participant-lookup.ts';
import type { Edition } from '../summit/model.ts';
import { findEdition, listPanelIds } from '../summit/service.ts';
import type { SessionChanges, SessionDetail, SessionFields, SessionPerson } from './model.ts';
import { getSession } from './read-programme.ts';
import { createProgrammeRepository } from './repository.ts';
import { conflictTimes, findPersonConflict, findRoomConflict, isWithinEdition } from './rules.ts';

export type ProgrammeContext = { actor: Actor | null; audit: AuditContext; now: Date };

export async function createSession(
  db: Database,
  context: ProgrammeContext,
  editionId: string,
  fields: SessionFields,
): Promise<SessionDetail> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const edition = await findEdition(tx, editionId);
    if (!edition) throw new AppError('edition_not_found', { id: editionId });
    const repo = createProgrammeRepository(tx);
    await repo.lockEdition(editionId);
    const people = peopleOf(fields);
    await checkReferences(tx, edition, fields, people);
    await checkTimetable(tx, edition, { ...fields, id: undefined, people });
    const { moderatorIds: _moderators, speakerIds: _speakers, ...row } = fields;
    const created = await repo.insertSession(
      { ...row, editionId, isDemo: false, createdAt: context.now, updatedAt: context.now },
      people,
    );
    const after = await getSession(tx, created.id);
    await recordAudit(tx, context.audit, {
      action: 'session.create',
      entityType: 'programme_session',
      entityId: created.id,
      after,
    });
    return after;
  });
}

export async function changeSession(
  db: Database,
  context: ProgrammeContext,
  id: string,
  changes: SessionChanges,
): Promise<SessionDetail> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  return inTransaction(db, async (tx) => {
    const repo = createProgrammeRepository(tx);
    const found = await repo.findSession(id);
    if (!found) throw new AppError('session_not_found', { id });
    await repo.lockEdition(found.editionId);
    const before = await getSession(tx, id);
    const edition = (await findEdition(tx, before.editionId))!;
    const merged: SessionFields = {
      ...before,
      moderatorIds: before.people.filter((person) => person.role === 'moderator').map((person) => person.participantId),
      speakerIds: before.people.filter((person) => person.role === 'speaker').map((person) => person.participantId),
      ...changes,
    };
    if (merged.endsAt <= merged.startsAt)
      throw new AppError('validation_failed', {}, [{ path: 'endsAt', code: 'ends_before_start' }]);
    const people = peopleOf(merged);
    await checkReferences(tx, edition, merged, people);
    await checkTimetable(tx, edition, { ...merged, id, people });
    const { moderatorIds, speakerIds, ...row } = changes;
    const peopleChanged = moderatorIds !== undefined || speakerIds !== undefined;
    // A session the secretariat has edited is its own, no longer the invented one it was copied from.
    await repo.updateSession(id, { ...row, isDemo: false, updatedAt: context.now }, peopleChanged ? people : null);
    const after = await getSession(tx, id);
    await recordAudit(tx, context.audit, {
      action: 'session.change',
      entityType: 'programme_session',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteSession(db: Database, context: ProgrammeContext, id: string): Promise<void> {
  if (!can(context.actor, 'programme.edit')) throw new AppError('forbidden');
  await inTransaction(db, async (tx) => {
    const before = await createProgrammeRepository(tx).findSession(id);
    if (!before) throw new AppError('session_not_found', { id });
    await createProgrammeRepository(tx).deleteSession(id);
    await recordAudit(tx, context.audit, {
      action: 'session.delete',
      entityType: 'programme_session',
      entityId: id,
      before,
    });
  });
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
  tx: Executor,
  edition: Edition,
  fields: SessionFields,
  people: SessionPerson[],
): Promise<void> {
  if (fields.roomId) {
    const room = await createProgrammeRepository(tx).findRoom(fields.roomId);
    if (!room || room.editionId !== edition.id) throw new AppError('room_not_found', { id: fields.roomId });
  }
  if (fields.panelId && !(await listPanelIds(tx, edition.id)).includes(fields.panelId)) {
    throw new AppError('validation_failed', {}, [{ path: 'panelId', code: 'unknown_panel' }]);
  }
  for (const { participantId } of people) {
    const participant = await findParticipant(tx, participantId);
    if (!participant || participant.editionId !== edition.id)
      throw new AppError('participant_not_found', { id: participantId });
  }
}

type Candidate = Pick<SessionFields, 'roomId' | 'startsAt' | 'endsAt'> & {
  id: string | undefined;
  people: SessionPerson[];
};

/** Runs under the edition's advisory lock, so the sessions read here cannot change before the write commits. */
async function checkTimetable(tx: Executor, edition: Edition, candidate: Candidate): Promise<void> {
  if (!isWithinEdition(candidate, edition))
    throw new AppError('session_outside_edition', { startsOn: edition.startsOn, endsOn: edition.endsOn });
  const booked = await createProgrammeRepository(tx).listSessions(edition.id);
  const roomConflict = findRoomConflict(candidate, booked);
  if (roomConflict) {
    throw new AppError('room_double_booked', {
      ...conflictTimes(roomConflict, edition.timeZone),
      conflict: conflictOf(roomConflict),
    });
  }
  const personConflict = findPersonConflict(
    { ...candidate, participantIds: candidate.people.map((person) => person.participantId) },
    booked,
  );
  if (personConflict) {
    const participant = await findParticipant(tx, personConflict.participantId);
    throw new AppError('person_double_booked', {
      person: participant ? `${participant.nameLatin}` : personConflict.participantId,
      ...conflictTimes(personConflict.session, edition.timeZone),
      conflict: { ...conflictOf(personConflict.session), participantId: personConflict.participantId },
    });
  }
}

function conflictOf(session: { id: string; title: Record<string, string | undefined>; startsAt: Date; endsAt: Date }) {
  return {
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
  };
}
