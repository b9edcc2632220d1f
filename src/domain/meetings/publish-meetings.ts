import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { isSecretariat, requirePermission } from '../../platform/identity/permissions.ts';
import { loadPeople, peopleOfRequests, sideOfActor } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import { requireEdition } from './meeting-setup.ts';
import type { FollowUpKind, MeetingOutcome } from './model.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import { noticesOf } from './notices.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { createSetupRepository } from './setup-repository.ts';

/**
 * Provisional meetings become published (all of the edition's, or those named): their people see them
 * in their agenda and get a notice on their dashboard. From then on the scheduler leaves them be.
 */
export async function publishMeetings(
  context: WriteContext,
  editionId: string,
  meetingIds: readonly string[] | null,
): Promise<MeetingWithRequest[]> {
  requirePermission(context.actor, 'meeting.schedule');
  await requireEdition(context, editionId);
  await createSetupRepository(context.db).lockEdition(editionId);
  const repo = createMeetingsRepository(context.db);
  const published = await repo.publish(editionId, meetingIds, context.now);
  const requests = new Map(
    (await createRequestsRepository(context.db).findMany(published.map((meeting) => meeting.requestId))).map(
      (request) => [request.id, request],
    ),
  );
  await repo.insertNotices(
    published.flatMap((meeting) => noticesOf(context, meeting, requests.get(meeting.requestId)!, 'published')),
  );
  await recordAudit(context, 'meeting.publish', 'edition', editionId, {
    after: { meetings: published.map((meeting) => meeting.id) },
  });
  return published.map((meeting) => ({ meeting, request: requests.get(meeting.requestId)! }));
}

export type OutcomeRecord = { outcome: MeetingOutcome; notes: string | null; followUp: FollowUpKind | null };

/**
 * Either side or the secretariat records how a published meeting went once its time has come: held
 * or not, notes, and the follow-up (a contact, a letter of intent, an MoU draft) for agreements to take up.
 */
export async function recordOutcome(
  context: WriteContext,
  id: string,
  record: OutcomeRecord,
): Promise<MeetingWithRequest> {
  const repo = createMeetingsRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('meeting_not_found', { id });
  const request = (await createRequestsRepository(context.db).find(before.requestId))!;
  if (!isSecretariat(context.actor)) {
    const directory = await loadPeople(context, before.editionId, peopleOfRequests([request]));
    const visible = before.state === 'published' && sideOfActor(context.actor, request, directory) !== null;
    if (!visible) throw new AppError('meeting_not_found', { id });
  }
  const slot = (await createSetupRepository(context.db).findSlot(before.slotId))!;
  if (before.state !== 'published' || context.now < slot.startsAt) throw new AppError('meeting_outcome_too_early');
  const after = await repo.update(id, {
    outcome: record.outcome,
    outcomeNotes: record.notes,
    followUp: record.followUp,
    outcomeRecordedBy: context.actor!.userId,
    outcomeRecordedAt: context.now,
    updatedAt: context.now,
  });
  await recordAudit(context, 'meeting.outcome', 'meeting', id, { before, after });
  return { meeting: after, request };
}
