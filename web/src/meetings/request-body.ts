import type { z } from 'zod';
import type { MEETING_KINDS, PRIORITIES } from '../../../src/domain/meetings/model.ts';
import type { CreateMeetingRequestBody } from '../../../src/domain/meetings/schema.ts';

export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type MeetingRequestBody = z.input<typeof CreateMeetingRequestBody>;

/**
 * What the new-request form holds. Both kinds' choices are kept while the reader switches between
 * them, so switching back does not lose them; only the chosen kind's go into the body.
 */
export type RequestDraft = {
  kind: MeetingKind;
  topic: string;
  priority: Priority;
  preferredDays: readonly string[];
  /** G2G: the delegation asking (empty until chosen) and the one asked. */
  requesterDelegationId: string;
  receiverDelegationId: string;
  /** G2G: who comes with the asking delegation's head. */
  companionIds: readonly string[];
  /** B2B: the reader's people who attend. */
  ownIds: readonly string[];
  /** B2B: the people they ask to meet. */
  counterpartIds: readonly string[];
};

export const emptyDraft = (kind: MeetingKind, requesterDelegationId = ''): RequestDraft => ({
  kind,
  topic: '',
  priority: 'want',
  preferredDays: [],
  requesterDelegationId,
  receiverDelegationId: '',
  companionIds: [],
  ownIds: [],
  counterpartIds: [],
});

/**
 * The body of POST …/meetings/requests: a G2G side is a delegation (whose head the server adds)
 * with companions, a B2B side only the people who meet. An unchosen delegation goes as null so the
 * server names the field in its answer.
 */
export function buildRequestBody(draft: RequestDraft): MeetingRequestBody {
  const common = {
    kind: draft.kind,
    topic: draft.topic,
    priority: draft.priority,
    preferredDays: [...draft.preferredDays],
  };
  if (draft.kind === 'b2b') {
    return {
      ...common,
      requester: { participantIds: [...draft.ownIds] },
      receiver: { participantIds: [...draft.counterpartIds] },
    };
  }
  return {
    ...common,
    requester: { delegationId: draft.requesterDelegationId || null, participantIds: [...draft.companionIds] },
    receiver: { delegationId: draft.receiverDelegationId || null, participantIds: [] },
  };
}
