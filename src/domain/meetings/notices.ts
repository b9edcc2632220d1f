import type { RequestContext, WriteContext } from '../../platform/context/request-context.ts';
import { requireEdition } from './meeting-setup.ts';
import { listOwnParticipantIds, participantsOf } from './meeting-people.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { MeetingNotice, MeetingRequest, NoticeKind, ScheduledMeeting } from './model.ts';

/** One notice per person of the meeting: what their dashboard shows until they read it. */
export const noticesOf = (
  context: WriteContext,
  meeting: Pick<ScheduledMeeting, 'id' | 'editionId' | 'requestId'>,
  request: MeetingRequest,
  kind: NoticeKind,
): Omit<MeetingNotice, 'id' | 'readAt'>[] =>
  participantsOf(request).map((participantId) => ({
    editionId: meeting.editionId,
    participantId,
    meetingId: kind === 'cancelled' ? null : meeting.id,
    requestId: meeting.requestId,
    kind,
    createdAt: context.now,
  }));

/** The notices of the reader's own people: their own participant, or their delegation's people. */
export async function listMeetingNotices(context: RequestContext, editionId: string): Promise<MeetingNotice[]> {
  await requireEdition(context, editionId);
  const own = await listOwnParticipantIds(context, editionId);
  return createMeetingsRepository(context.db).listNotices(editionId, own);
}

export async function markNoticesRead(
  context: WriteContext,
  editionId: string,
  ids: readonly string[],
): Promise<number> {
  await requireEdition(context, editionId);
  const own = await listOwnParticipantIds(context, editionId);
  return createMeetingsRepository(context.db).markNoticesRead(ids, own, context.now);
}
