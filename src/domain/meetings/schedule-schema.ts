import { z } from 'zod';
import {
  FOLLOW_UP_KINDS,
  MEETING_KINDS,
  MEETING_OUTCOMES,
  MEETING_STATES,
  NOTES_MAX_LENGTH,
  NOTICE_KINDS,
  PRIORITIES,
  REASON_MAX_LENGTH,
} from './model.ts';
import { MeetingRoomView, InterpreterView } from './setup-schema.ts';

export const MeetingIdParam = z.object({ id: z.uuid().describe('Meeting id') }).strict();

export const RunSchedulerBody = z
  .object({
    iterations: z
      .number()
      .int()
      .min(0)
      .max(20_000)
      .default(3000)
      .describe('Steps of the large-neighbourhood search after the greedy start'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1)
      .describe('The same seed gives the same schedule'),
  })
  .strict()
  .describe('How long the scheduler searches');

export const PublishMeetingsBody = z
  .object({
    meetingIds: z
      .array(z.uuid())
      .max(5000)
      .nullable()
      .default(null)
      .describe('The provisional meetings to publish; null for all of the edition'),
  })
  .strict();

export const MoveMeetingBody = z
  .object({
    slotId: z.uuid().describe('The slot to hold it in'),
    roomId: z.uuid().describe('The room or table to hold it at'),
    interpreterId: z
      .uuid()
      .nullable()
      .optional()
      .describe('The interpreter; absent to keep the current one if free, else the first free one who can'),
  })
  .strict()
  .describe('Where to move the meeting');

export const LockMeetingBody = z
  .object({ locked: z.boolean().describe('True to keep the meeting where it is whatever the scheduler does') })
  .strict();

export const CancelMeetingBody = z
  .object({ reason: z.string().trim().max(REASON_MAX_LENGTH).nullable().default(null).describe('Why, for the record') })
  .strict();

export const OutcomeBody = z
  .object({
    outcome: z.enum(MEETING_OUTCOMES).describe('Whether the meeting took place'),
    notes: z.string().trim().max(NOTES_MAX_LENGTH).nullable().default(null).describe('What was discussed or agreed'),
    followUp: z
      .enum(FOLLOW_UP_KINDS)
      .nullable()
      .default(null)
      .describe('What comes next: a contact, a letter of intent, an MoU draft'),
  })
  .strict();

export const MarkNoticesReadBody = z
  .object({ noticeIds: z.array(z.uuid()).min(1).max(500).describe('Notices the reader has seen') })
  .strict();

const PlacementView = z.object({
  slotId: z.uuid(),
  roomId: z.uuid(),
  interpreterId: z.uuid().nullable(),
});

export const SlotView = z.object({
  id: z.uuid(),
  day: z.string().describe('Edition day (YYYY-MM-DD)'),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
});

const Attendee = z.object({
  participantId: z.uuid(),
  nameNative: z.string(),
  nameLatin: z.string(),
  side: z.enum(['requester', 'receiver']),
});

export const MeetingView = PlacementView.extend({
  id: z.uuid(),
  editionId: z.string(),
  requestId: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  priority: z.enum(PRIORITIES),
  topic: z.string(),
  people: z.array(Attendee).describe('Who attends, both sides'),
  locked: z.boolean().describe('The scheduler never moves a locked meeting'),
  state: z.enum(MEETING_STATES).describe('provisional until published to its people'),
  outcome: z.enum(MEETING_OUTCOMES).nullable(),
  outcomeNotes: z.string().nullable(),
  followUp: z.enum(FOLLOW_UP_KINDS).nullable(),
  publishedAt: z.iso.datetime().nullable(),
  isDemo: z.boolean().describe('Invented by the seed to show the scheduler at work'),
});

export const MeetingGridView = z
  .object({
    slots: z.array(SlotView),
    rooms: z.array(MeetingRoomView),
    interpreters: z.array(InterpreterView),
    meetings: z.array(MeetingView),
  })
  .describe('Rooms and tables × slots, and the meetings the reader may see');

export const ScheduleRunView = z.object({
  objective: z.number().describe('Weighted sum of the scheduled requests (must ≫ want ≫ could, G2G above B2B)'),
  upperBound: z.number().describe('No schedule can weigh more than this'),
  gap: z.number().describe('(upperBound − objective) / upperBound: how far from the best this schedule can be'),
  boundSource: z
    .enum(['lagrangian', 'lp', 'mip'])
    .describe('What proved the bound: a MIP proof means the schedule is optimal'),
  scheduled: z.number().int(),
  requests: z.number().int().describe('Accepted requests'),
  unscheduledRequestIds: z.array(z.uuid()).describe('Accepted requests the schedule has no place for'),
  meetings: z.array(MeetingView),
});

const MovedMeetingView = z.object({
  meetingId: z.uuid(),
  requestId: z.uuid(),
  from: PlacementView,
  to: PlacementView.nullable().describe('Null when it no longer fits and left the schedule'),
  reason: z.enum(['no_longer_feasible', 'made_room_for']),
  forRequestId: z.uuid().nullable().describe('The request it made room for'),
});

const ReoptimisedFields = {
  movedCount: z.number().int().describe('How many other meetings moved'),
  moved: z.array(MovedMeetingView),
  added: z.array(MeetingView).describe('Meetings of open requests put in'),
};

export const CancellationView = z.object({ cancelledMeetingId: z.uuid(), ...ReoptimisedFields });

export const UpdateScheduleBody = z
  .object({
    maxMoves: z
      .number()
      .int()
      .min(0)
      .max(50)
      .default(5)
      .describe('Most existing provisional meetings that may move to fit open requests in'),
  })
  .strict()
  .describe('Fit the provisional schedule to what changed, moving as few meetings as possible');

export const ScheduleUpdateView = z.object({
  ...ReoptimisedFields,
  unscheduledRequestIds: z.array(z.uuid()).describe('Accepted requests still without a meeting'),
});

export const ReasonMember = z.object({
  code: z.string().describe('The scheduler’s reason (person_blocked_by_session, room_taken, …)'),
  participantId: z.uuid().optional(),
  sessionId: z.uuid().optional().describe('The programme session in the way'),
  requestId: z.uuid().optional(),
  meetingId: z.uuid().optional().describe('The meeting in the way'),
  roomId: z.uuid().optional(),
  interpreterId: z.uuid().optional(),
});

export const NoticeView = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  meetingId: z.uuid().nullable(),
  requestId: z.uuid(),
  kind: z.enum(NOTICE_KINDS),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

export const NoticeListView = z.object({
  notices: z.array(NoticeView),
  unread: z.number().int().describe('How many are not read yet'),
});
