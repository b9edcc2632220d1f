import { describe, expect, it } from 'vitest';
import { CreateMeetingRequestBody } from '../../../src/domain/meetings/schema.ts';
import { buildRequestBody, emptyDraft, type RequestDraft } from './request-body.ts';

const gilan = '11111111-1111-4111-8111-111111111111';
const astrakhan = '22222222-2222-4222-8222-222222222222';
const sara = '33333333-3333-4333-8333-333333333331';
const reza = '33333333-3333-4333-8333-333333333332';
const igor = '33333333-3333-4333-8333-333333333333';
const companion = '33333333-3333-4333-8333-333333333334';

/** A reader who filled in both kinds before choosing one. */
const filledIn = (kind: RequestDraft['kind']): RequestDraft => ({
  ...emptyDraft(kind, gilan),
  topic: 'Caviar exports through Astrakhan',
  priority: 'must',
  preferredDays: ['2025-11-18'],
  receiverDelegationId: astrakhan,
  companionIds: [companion],
  ownIds: [sara, reza],
  counterpartIds: [igor],
});

describe('the body of a new meeting request', () => {
  it('names only people on both sides of a business meeting, with no delegation and none of the G2G choices', () => {
    const body = buildRequestBody(filledIn('b2b'));
    expect(body).toEqual({
      kind: 'b2b',
      topic: 'Caviar exports through Astrakhan',
      priority: 'must',
      preferredDays: ['2025-11-18'],
      requester: { participantIds: [sara, reza] },
      receiver: { participantIds: [igor] },
    });
    expect(CreateMeetingRequestBody.safeParse(body).success).toBe(true);
  });

  it('names the two delegations and the companions of a governors’ meeting, and none of the business choices', () => {
    const body = buildRequestBody(filledIn('g2g'));
    expect(body).toEqual({
      kind: 'g2g',
      topic: 'Caviar exports through Astrakhan',
      priority: 'must',
      preferredDays: ['2025-11-18'],
      requester: { delegationId: gilan, participantIds: [companion] },
      receiver: { delegationId: astrakhan, participantIds: [] },
    });
    expect(CreateMeetingRequestBody.safeParse(body).success).toBe(true);
  });

  it('sends an unchosen delegation as null, so the server names the field to fill in', () => {
    const body = buildRequestBody({ ...emptyDraft('g2g'), topic: 'Ports' });
    expect(body.requester).toEqual({ delegationId: null, participantIds: [] });
    const refused = CreateMeetingRequestBody.safeParse(body);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'requester.delegationId',
      'receiver.delegationId',
    ]);
  });

  it('leaves a business meeting with nobody to meet for the server to refuse at the receiver’s people', () => {
    const body = buildRequestBody({ ...filledIn('b2b'), counterpartIds: [] });
    const refused = CreateMeetingRequestBody.safeParse(body);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['receiver.participantIds']);
  });
});
