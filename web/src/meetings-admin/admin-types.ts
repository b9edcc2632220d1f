import type { z } from 'zod';
import type * as schedule from '../../../src/domain/meetings/schedule-schema.ts';
import type * as requests from '../../../src/domain/meetings/schema.ts';
import type * as setup from '../../../src/domain/meetings/setup-schema.ts';
export {
  FOLLOW_UP_KINDS,
  MEETING_KINDS,
  MEETING_OUTCOMES,
  REQUEST_STATUSES,
} from '../../../src/domain/meetings/model.ts';

/** The secretariat's meeting shapes, taken from the server's zod schemas as in api/types.ts. */
export type MeetingGrid = z.infer<typeof schedule.MeetingGridView>;
export type GridMeeting = z.infer<typeof schedule.MeetingView>;
export type MeetingSlot = z.infer<typeof schedule.SlotView>;
export type MeetingRoom = z.infer<typeof setup.MeetingRoomView>;
export type MeetingInterpreter = z.infer<typeof setup.InterpreterView>;
export type MeetingSettings = z.infer<typeof setup.MeetingSettingsView>;
export type MeetingSettingsBody = z.input<typeof setup.MeetingSettingsBody>;
export type ScheduleRun = z.infer<typeof schedule.ScheduleRunView>;
export type Cancellation = z.infer<typeof schedule.CancellationView>;
export type ScheduleUpdate = z.infer<typeof schedule.ScheduleUpdateView>;
export type MeetingRequest = z.infer<typeof requests.MeetingRequestView>;
export type RequestSide = MeetingRequest['requester'];
/** What a refused move or lock adds to the usual problem members: each reason and the ids in the way. */
export type RefusalProblem = { reasons?: z.infer<typeof schedule.ReasonMember>[] };
