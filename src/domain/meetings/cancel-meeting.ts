import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { loadScheduleFacts } from './load-instance.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import type { MeetingWithRequest } from './read-meetings.ts';
import { noticesOf } from './notices.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { type Reoptimised, reoptimiseProvisional } from './reoptimise-provisional.ts';
import { createSetupRepository } from './setup-repository.ts';

export type CancellationReport = Reoptimised & { cancelled: MeetingWithRequest };

/**
 * The secretariat cancels a meeting: its request is cancelled with it, its people are told if it was
 * published, and the provisional schedule is re-optimised around the hole, moving as few other
 * meetings as it can (locked and published ones never) and saying which moved and why.
 */
export async function cancelMeeting(
  context: WriteContext,
  id: string,
  cancellation: { reason: string | null },
): Promise<CancellationReport> {
  requirePermission(context.actor, 'meeting.schedule');
  const meetings = createMeetingsRepository(context.db);
  const found = await meetings.find(id);
  if (!found) throw new AppError('meeting_not_found', { id });
  await createSetupRepository(context.db).lockEdition(found.editionId);
  const cancelled = (await meetings.find(id))!;
  const requests = createRequestsRepository(context.db);
  const request = (await requests.find(cancelled.requestId))!;
  await meetings.delete(id);
  await requests.update(request.id, request, {
    status: 'cancelled',
    awaiting: null,
    reason: cancellation.reason,
    updatedAt: context.now,
  });
  if (cancelled.state === 'published') {
    await meetings.insertNotices(noticesOf(context, cancelled, request, 'cancelled'));
  }
  const facts = await loadScheduleFacts(context, cancelled.editionId);
  const report = { cancelled: { meeting: cancelled, request }, ...(await reoptimiseProvisional(context, facts)) };
  await recordAudit(context, 'meeting.cancel', 'meeting', id, {
    before: cancelled,
    after: { request: request.id, moved: report.moved, added: report.added.map(({ meeting }) => meeting.id) },
  });
  return report;
}
