import { z } from 'zod';
import { LocaleSchema } from '../../platform/i18n/localized-text.ts';
import { PARTICIPANT_ROLES } from '../delegations/model.ts';
import {
  MEETING_KINDS,
  PRIORITIES,
  REASON_MAX_LENGTH,
  REQUEST_SOURCE_KINDS,
  REQUEST_STATUSES,
  SIDE_MAX_PEOPLE,
  SIDES,
  TOPIC_MAX_LENGTH,
} from './model.ts';

export const EditionIdParam = z.object({ editionId: z.string().min(1).max(128).describe('Edition id') }).strict();
export const RequestIdParam = z.object({ id: z.uuid().describe('Meeting request id') }).strict();

export const Day = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date <= '2999-12-31', { params: { code: 'date_out_of_range' } })
  .describe('A day of the edition (YYYY-MM-DD)');
export const Days = z.array(Day).max(31);
const Languages = z.array(LocaleSchema).max(6);
const ParticipantIds = z.array(z.uuid()).max(SIDE_MAX_PEOPLE);
const Topic = z.string().trim().min(1).max(TOPIC_MAX_LENGTH);

const SideRequest = z
  .object({
    delegationId: z
      .uuid()
      .nullable()
      .optional()
      .describe('G2G: the side’s delegation, whose approved head always attends; absent for B2B'),
    participantIds: ParticipantIds.default([]).describe(
      'People of the side who attend: G2G the delegation’s members besides its head, B2B the people who meet',
    ),
    languages: Languages.optional().describe(
      'Languages the side speaks at the meeting; by default those all its people share',
    ),
  })
  .strict();

export const CreateMeetingRequestBody = z
  .object({
    kind: z.enum(MEETING_KINDS).describe('g2g between two delegations, b2b between participants'),
    priority: z.enum(PRIORITIES).default('want').describe('How much the requesting side wants it: must, want, could'),
    topic: Topic.describe('What the meeting is about, in the writer’s words'),
    preferredDays: Days.default([]).describe('Edition days the meeting may be held on; empty for any day'),
    requester: SideRequest.describe('The side asking'),
    receiver: SideRequest.describe('The side asked'),
    source: z
      .object({
        kind: z.enum(REQUEST_SOURCE_KINDS).describe('Where the idea came from: a match or an expression of interest'),
        id: z.string().trim().min(1).max(100).describe('The match’s or interest’s id'),
      })
      .strict()
      .nullable()
      .optional()
      .describe('The match or expression of interest the request comes from'),
  })
  .strict()
  .refine((body) => body.kind !== 'g2g' || Boolean(body.requester.delegationId), {
    path: ['requester', 'delegationId'],
    params: { code: 'required' },
  })
  .refine((body) => body.kind !== 'g2g' || Boolean(body.receiver.delegationId), {
    path: ['receiver', 'delegationId'],
    params: { code: 'required' },
  })
  .refine((body) => body.kind !== 'b2b' || body.requester.participantIds.length > 0, {
    path: ['requester', 'participantIds'],
    params: { code: 'required' },
  })
  .refine((body) => body.kind !== 'b2b' || body.receiver.participantIds.length > 0, {
    path: ['receiver', 'participantIds'],
    params: { code: 'required' },
  })
  .describe('A new meeting request');
export type CreateMeetingRequestBody = z.output<typeof CreateMeetingRequestBody>;

const SideChange = z
  .object({
    participantIds: ParticipantIds.optional().describe('The side’s people, replacing those named (a G2G head stays)'),
    languages: Languages.optional().describe('The languages the side speaks at the meeting'),
  })
  .strict();

export const ChangeMeetingRequestBody = z
  .object({
    priority: z.enum(PRIORITIES).optional().describe('must, want or could'),
    topic: Topic.optional().describe('What the meeting is about'),
    preferredDays: Days.optional().describe('Edition days the meeting may be held on; empty for any day'),
    requester: SideChange.optional().describe('Changes to the requesting side'),
    receiver: SideChange.optional().describe('Changes to the side asked'),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    params: { code: 'nothing_to_change' },
  })
  .describe('The secretariat’s changes to an open request');

export const AnswerMeetingRequestBody = z
  .discriminatedUnion('answer', [
    z
      .object({
        answer: z.literal('accept'),
        participantIds: ParticipantIds.optional().describe(
          'G2G: the answering side’s members who attend besides its head',
        ),
        languages: Languages.optional().describe('The languages the answering side speaks at the meeting'),
      })
      .strict(),
    z
      .object({
        answer: z.literal('decline'),
        reason: z.string().trim().min(1).max(REASON_MAX_LENGTH).describe('Why, for the other side'),
      })
      .strict(),
    z
      .object({
        answer: z.literal('counter'),
        preferredDays: Days.optional().describe('The days proposed instead'),
        topic: Topic.optional().describe('The topic proposed instead'),
      })
      .strict()
      .refine((body) => body.preferredDays !== undefined || body.topic !== undefined, {
        params: { code: 'nothing_to_change' },
      }),
  ])
  .describe('Accept, decline with a reason, or counter-propose days or a topic');

const PersonView = z
  .object({
    participantId: z.uuid(),
    nameNative: z.string().describe('The name in its own script'),
    nameLatin: z.string().describe('The name in Latin letters'),
    role: z.string().describe('Their role at the summit (head, member, exhibitor, …)'),
  })
  .describe('A person of a side');

const SideView = z.object({
  delegationId: z.uuid().nullable().describe('G2G: the side’s delegation'),
  provinceId: z.string().nullable().describe('G2G: the delegation’s province'),
  people: z.array(PersonView).describe('Who attends'),
  languages: Languages.describe('Languages the side speaks at the meeting'),
});

export const MeetingRequestView = z
  .object({
    id: z.uuid(),
    editionId: z.string(),
    kind: z.enum(MEETING_KINDS),
    priority: z.enum(PRIORITIES),
    topic: z.string(),
    preferredDays: z.array(z.string()).describe('Days asked for; empty for any'),
    requester: SideView,
    receiver: SideView,
    source: z.object({ kind: z.enum(REQUEST_SOURCE_KINDS), id: z.string() }).nullable(),
    status: z.enum(REQUEST_STATUSES),
    awaiting: z.enum(SIDES).nullable().describe('Whose answer the request waits for'),
    reason: z.string().nullable().describe('Why it was declined or cancelled'),
    counterDays: z.array(z.string()).nullable().describe('Days of the latest counter-proposal'),
    counterTopic: z.string().nullable().describe('Topic of the latest counter-proposal'),
    createdAt: z.iso.datetime(),
    answeredAt: z.iso.datetime().nullable(),
    side: z.enum(SIDES).nullable().describe('The side the reader speaks for; null for the secretariat'),
    canAnswer: z.boolean().describe('Whether the reader may answer it now'),
    isDemo: z.boolean().describe('Invented by the seed to show the scheduler at work'),
  })
  .describe('A meeting request');

export const MeetingParticipantsView = z
  .object({
    people: z.array(
      z.object({
        participantId: z.uuid(),
        nameNative: z.string(),
        nameLatin: z.string(),
        role: z.enum(PARTICIPANT_ROLES),
        position: z.string().nullable(),
        organisation: z.string().nullable(),
        countryCode: z.string(),
        provinceId: z.string().nullable().describe('Their delegation’s province, else their own'),
        delegationId: z.uuid().nullable(),
        languages: z.array(LocaleSchema),
        canActFor: z.boolean().describe('Whether the reader may ask for a meeting on their behalf'),
        isDemo: z.boolean(),
      }),
    ),
  })
  .describe('The approved people a meeting may be asked with; no contact details');

export const MeetingRequestListView = z.object({ requests: z.array(MeetingRequestView) });
