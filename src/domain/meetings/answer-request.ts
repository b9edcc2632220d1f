import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { violatedUniqueConstraint } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { isSecretariat } from '../../platform/identity/permissions.ts';
import type { Edition } from '../summit/model.ts';
import { canActForPerson, canActForSide, loadPeople, peopleOfRequests, sideOfActor } from './meeting-people.ts';
import { requireEdition, requireEditionDays } from './meeting-setup.ts';
import type { MeetingRequest, Side } from './model.ts';
import { checkQuota } from './request-meeting.ts';
import { answerTransition, isOwnSide, otherSide, partyKeyOf } from './request-rules.ts';
import { type ResolvedSide, resolveSide } from './request-sides.ts';
import { createRequestsRepository, type RequestChanges } from './requests-repository.ts';

export type RequestAnswer =
  | { answer: 'accept'; participantIds?: string[]; languages?: Locale[] }
  | { answer: 'decline'; reason: string }
  | { answer: 'counter'; preferredDays?: string[]; topic?: string };

/**
 * The side the request waits for accepts (naming who of theirs attends), declines with a reason, or
 * counter-proposes other days or another topic, which hands the request to the other side. The
 * secretariat may answer for either side.
 */
export async function answerMeetingRequest(
  context: WriteContext,
  id: string,
  answer: RequestAnswer,
): Promise<MeetingRequest> {
  const repo = createRequestsRepository(context.db);
  const before = await repo.find(id);
  if (!before) throw new AppError('meeting_request_not_found', { id });
  const directory = await loadPeople(context, before.editionId, peopleOfRequests([before]));
  if (!sideOfActor(context.actor, before, directory)) throw new AppError('meeting_request_not_found', { id });
  const transition = answerTransition(before, answer.answer);
  if (!transition.ok) throw new AppError(transition.code);
  const answering = before.awaiting!;
  if (!isSecretariat(context.actor) && !canActForSide(context.actor, before[answering], directory)) {
    throw new AppError('forbidden');
  }
  const edition = await requireEdition(context, before.editionId);
  const base: RequestChanges = {
    status: transition.status,
    awaiting: transition.awaiting,
    answeredBy: context.actor!.userId,
    answeredAt: context.now,
    updatedAt: context.now,
  };
  const { changes, people } = await changesOf(context, edition, before, answering, answer);
  const after = await updateOrRaced(context, before, { ...base, ...changes }, people);
  await recordAudit(context, `meeting_request.${answer.answer}`, 'meeting_request', id, { before, after });
  return after;
}

type Update = { changes: RequestChanges; people?: Pick<MeetingRequest, 'requester' | 'receiver'> };

async function changesOf(
  context: WriteContext,
  edition: Edition,
  before: MeetingRequest,
  answering: Side,
  answer: RequestAnswer,
): Promise<Update> {
  if (answer.answer === 'decline') return { changes: { reason: answer.reason } };
  if (answer.answer === 'counter') {
    if (answer.preferredDays) requireEditionDays(edition, answer.preferredDays, 'preferredDays');
    return {
      changes: {
        counterDays: answer.preferredDays ? [...new Set(answer.preferredDays)].sort() : null,
        counterTopic: answer.topic ?? null,
      },
    };
  }
  // Accepting a counter-proposal accepts its days and topic.
  const countered = before.status === 'countered';
  const preferredDays = countered ? (before.counterDays ?? before.preferredDays) : before.preferredDays;
  const topic = countered ? (before.counterTopic ?? before.topic) : before.topic;
  const changes: RequestChanges = { preferredDays, topic };
  if (!answer.participantIds?.length && !answer.languages?.length) return { changes };
  const own = before[answering];
  const side = await resolveSide(context, edition, before.kind, answering, {
    delegationId: own.delegationId,
    participantIds: [...own.participantIds, ...(answer.participantIds ?? [])],
    languages: answer.languages?.length ? answer.languages : own.languages,
  });
  const newcomers = side.people.filter((person) => !own.participantIds.includes(person.id));
  if (!newcomers.every((person) => canActForPerson(context.actor, person))) throw new AppError('forbidden');
  return withSide(context, edition, before, answering, side, { ...changes, preferredDays, topic }, newcomers);
}

/**
 * Puts a re-checked side into the request: never towards its own side, within the newcomers' quotas,
 * and under the pair's new key (a B2B pair is its people).
 */
export async function withSide(
  context: WriteContext,
  edition: Edition,
  before: MeetingRequest,
  which: Side,
  side: ResolvedSide,
  changes: RequestChanges,
  newcomers: ResolvedSide['people'],
): Promise<Update> {
  const other = before[otherSide(which)];
  const otherPeople = await loadPeople(context, edition.id, other.participantIds);
  const otherResolved = { ...other, people: [...otherPeople.people.values()] };
  const [requester, receiver] = which === 'requester' ? [side, otherResolved] : [otherResolved, side];
  if (isOwnSide(before.kind, requester, receiver)) throw new AppError('meeting_request_to_own_side');
  await checkQuota(context, edition, newcomers, changes.preferredDays ?? before.preferredDays, before.id);
  const people = {
    requester: {
      delegationId: requester.delegationId,
      participantIds: requester.participantIds,
      languages: requester.languages,
    },
    receiver: {
      delegationId: receiver.delegationId,
      participantIds: receiver.participantIds,
      languages: receiver.languages,
    },
  };
  return {
    changes: {
      ...changes,
      requesterLanguages: people.requester.languages,
      receiverLanguages: people.receiver.languages,
      partyKey: partyKeyOf(before.kind, people.requester, people.receiver),
    },
    people,
  };
}

/** Changes the request as it was read; another answer given meanwhile, or a pair taken by another open request, refuses. */
export async function updateOrRaced(
  context: WriteContext,
  before: MeetingRequest,
  changes: RequestChanges,
  people: Update['people'],
): Promise<MeetingRequest> {
  try {
    const after = await createRequestsRepository(context.db).update(before.id, before, changes, people);
    if (!after) throw new AppError('meeting_request_already_answered');
    return after;
  } catch (error) {
    if (violatedUniqueConstraint(error) !== undefined) throw new AppError('meeting_request_duplicate');
    throw error;
  }
}
