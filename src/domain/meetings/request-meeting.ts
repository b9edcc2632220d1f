import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { isSecretariat } from '../../platform/identity/permissions.ts';
import type { Edition } from '../summit/model.ts';
import { canActForPerson, type Person, personName } from './meeting-people.ts';
import { loadSettings, requireEdition, requireEditionDays } from './meeting-setup.ts';
import type { MeetingRequest, RequestSourceKind } from './model.ts';
import { createRequestsRepository } from './requests-repository.ts';
import { countedDays, findQuotaExcess, isOwnSide, partyKeyOf, requestQuotaOf } from './request-rules.ts';
import { type ResolvedSide, resolveSide, type SideInput } from './request-sides.ts';
import type { MeetingKind, Priority } from './scheduler/model.ts';
import { editionDays } from './slot-rules.ts';

export type MeetingRequestInput = {
  kind: MeetingKind;
  priority: Priority;
  topic: string;
  preferredDays: string[];
  requester: SideInput;
  receiver: SideInput;
  source?: { kind: RequestSourceKind; id: string } | null;
};

/**
 * One side asks another for a meeting: a delegation's office for its delegation (G2G) or its people,
 * an exhibitor or buyer for themselves (B2B), the secretariat for anyone.
 */
export async function requestMeeting(
  context: WriteContext,
  editionId: string,
  input: MeetingRequestInput,
  { isDemo = false }: { isDemo?: boolean } = {},
): Promise<MeetingRequest> {
  const edition = await requireEdition(context, editionId);
  requireEditionDays(edition, input.preferredDays, 'preferredDays');
  const requester = await resolveSide(context, edition, input.kind, 'requester', input.requester);
  const receiver = await resolveSide(context, edition, input.kind, 'receiver', input.receiver);
  // Each person of the asking side is the actor's to speak for: their delegation's, or their own.
  if (!requester.people.every((person) => canActForPerson(context.actor, person))) throw new AppError('forbidden');
  if (isOwnSide(input.kind, requester, receiver)) throw new AppError('meeting_request_to_own_side');
  await checkQuota(context, edition, [...requester.people, ...receiver.people], input.preferredDays);
  const partyKey = partyKeyOf(input.kind, requester, receiver);
  const repo = createRequestsRepository(context.db);
  if (await repo.hasOpen(editionId, partyKey)) throw new AppError('meeting_request_duplicate');
  const request = await insertOrDuplicate(context, {
    editionId,
    kind: input.kind,
    priority: input.priority,
    topic: input.topic,
    preferredDays: [...new Set(input.preferredDays)].sort(),
    requester: stored(requester),
    receiver: stored(receiver),
    source: input.source ?? null,
    partyKey,
    status: 'sent',
    awaiting: 'receiver',
    reason: null,
    counterDays: null,
    counterTopic: null,
    createdBy: context.actor!.userId,
    createdAt: context.now,
    answeredBy: null,
    answeredAt: null,
    updatedAt: context.now,
    isDemo,
  });
  await recordAudit(context, 'meeting_request.create', 'meeting_request', request.id, { after: request });
  return request;
}

const stored = ({ people: _people, ...side }: ResolvedSide) => side;

/**
 * Refuses a request that would name someone in more open requests on a day than their role allows.
 * The secretariat sets the quotas and may go past them.
 */
export async function checkQuota(
  context: WriteContext,
  edition: Edition,
  people: readonly Person[],
  preferredDays: readonly string[],
  exceptRequestId?: string,
): Promise<void> {
  if (isSecretariat(context.actor) || people.length === 0) return;
  const days = editionDays(edition.startsOn, edition.endsOn);
  const settings = await loadSettings(context, edition.id);
  const open = await createRequestsRepository(context.db).listOpenNaming(
    edition.id,
    people.map((person) => person.id),
  );
  const existing = open
    .filter((entry) => entry.requestId !== exceptRequestId)
    .map((entry) => ({ participantId: entry.participantId, days: countedDays(entry.preferredDays, days) }));
  const excess = findQuotaExcess(people, countedDays(preferredDays, days), existing, (person) =>
    requestQuotaOf(settings, person.role),
  );
  if (!excess) return;
  const person = people.find((candidate) => candidate.id === excess.participantId);
  throw new AppError('meeting_quota_exceeded', { person: personName(person), day: excess.day, quota: excess.quota });
}

/** The pre-check misses a request sent at the same moment; the unique index does not. */
async function insertOrDuplicate(
  context: WriteContext,
  request: Parameters<ReturnType<typeof createRequestsRepository>['insert']>[0],
): Promise<MeetingRequest> {
  try {
    return await createRequestsRepository(context.db).insert(request);
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('meeting_request_duplicate');
    throw error;
  }
}
