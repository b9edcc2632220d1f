import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { updateOrRaced, withSide } from './answer-request.ts';
import { createMeetingsRepository } from './meetings-repository.ts';
import { requireEdition, requireEditionDays } from './meeting-setup.ts';
import { type MeetingRequest, OPEN_REQUEST_STATUSES, type Side } from './model.ts';
import { resolveSide } from './request-sides.ts';
import { createRequestsRepository, type RequestChanges } from './requests-repository.ts';
import type { Priority } from './scheduler/model.ts';

type SideChanges = { participantIds?: string[]; languages?: Locale[] };

export type MeetingRequestChanges = {
  priority?: Priority;
  topic?: string;
  preferredDays?: string[];
  requester?: SideChanges;
  receiver?: SideChanges;
};

const isOpen = (request: MeetingRequest) => (OPEN_REQUEST_STATUSES as readonly string[]).includes(request.status);

/**
 * The secretariat edits an open request for anyone: its priority, topic, days, people and languages.
 * Who attends and on which days stay as they are while the request has a meeting in the schedule.
 */
export async function changeMeetingRequest(
  context: WriteContext,
  id: string,
  input: MeetingRequestChanges,
): Promise<MeetingRequest> {
  requirePermission(context.actor, 'meeting.schedule');
  const before = await createRequestsRepository(context.db).find(id);
  if (!before) throw new AppError('meeting_request_not_found', { id });
  if (!isOpen(before)) throw new AppError('meeting_request_already_answered');
  const reshapes =
    input.preferredDays !== undefined || input.requester?.participantIds || input.receiver?.participantIds;
  if (reshapes && (await createMeetingsRepository(context.db).findByRequest(id))) {
    throw new AppError('meeting_request_scheduled');
  }
  const edition = await requireEdition(context, before.editionId);
  if (input.preferredDays) requireEditionDays(edition, input.preferredDays, 'preferredDays');
  let changes: RequestChanges = {
    ...(input.priority && { priority: input.priority }),
    ...(input.topic && { topic: input.topic }),
    ...(input.preferredDays && { preferredDays: [...new Set(input.preferredDays)].sort() }),
    updatedAt: context.now,
  };
  let people: Pick<MeetingRequest, 'requester' | 'receiver'> | undefined;
  for (const which of ['requester', 'receiver'] as const satisfies readonly Side[]) {
    const sideChanges = input[which];
    if (!sideChanges?.participantIds && !sideChanges?.languages) continue;
    const current = people?.[which] ?? before[which];
    const side = await resolveSide(context, edition, before.kind, which, {
      delegationId: current.delegationId,
      participantIds: sideChanges.participantIds ?? current.participantIds,
      languages: sideChanges.languages ?? current.languages,
    });
    const update = await withSide(context, edition, { ...before, ...people }, which, side, changes, []);
    changes = update.changes;
    people = update.people;
  }
  const after = await updateOrRaced(context, before, changes, people);
  await recordAudit(context, 'meeting_request.change', 'meeting_request', id, { before, after });
  return after;
}
