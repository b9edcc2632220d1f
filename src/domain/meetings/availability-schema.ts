import { z } from 'zod';
import { AVAILABILITY_MAX_WINDOWS } from './model.ts';
import { Day } from './schema.ts';

const Minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

const Window = z
  .object({
    day: Day,
    startMinute: Minute.describe('Start, in minutes after midnight in the edition’s zone'),
    endMinute: Minute.describe('End, in minutes after midnight in the edition’s zone'),
  })
  .strict()
  .refine((window) => window.endMinute > window.startMinute, {
    path: ['endMinute'],
    params: { code: 'ends_before_start' },
  });

export const AvailabilityParams = z
  .object({
    editionId: z.string().min(1).max(128).describe('Edition id'),
    participantId: z.uuid().describe('Participant id'),
  })
  .strict();

export const AvailabilityBody = z
  .object({
    windows: z
      .array(Window)
      .min(1)
      .max(AVAILABILITY_MAX_WINDOWS)
      .nullable()
      .describe('The only stretches the person can meet in; null for every meeting hour of the edition'),
  })
  .strict()
  .describe('When a person can meet');

const AvailabilityFields = {
  participantId: z.uuid(),
  windows: z
    .array(z.object({ day: z.string(), startMinute: z.number().int(), endMinute: z.number().int() }))
    .nullable()
    .describe('Joined and sorted; null for every meeting hour'),
  days: z.array(z.string()).describe('The edition’s days'),
  meetingHours: z.object({ dayStartMinute: z.number().int(), dayEndMinute: z.number().int() }),
};

export const AvailabilityView = z.object(AvailabilityFields).describe('When a person can meet');

export const AvailabilityChangeView = z
  .object({
    ...AvailabilityFields,
    provisionalOutside: z
      .array(z.uuid())
      .describe('Provisional meetings the new windows leave out; the next scheduler run moves them'),
  })
  .describe('The windows as saved, and what they leave out');
